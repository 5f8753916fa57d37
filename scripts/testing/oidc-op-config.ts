/**
 * Configuration of the test OpenID Provider (scripts/testing/oidc-op.ts). Users need no
 * fixtures: the login typed on the dev login page is the account id, the `sub` and the email,
 * so every test signs in as a fresh user (see accountClaims).
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import type { Configuration } from "oidc-provider";

export const OIDC_CLIENT_ID = "scorecard-corp";

/**
 * Claims of a dynamic user. `bob+admins@corp.example` is in group scorecard-admins,
 * `bob+reviewers@…` in scorecard-reviewers; a local part starting with `unverified` has an
 * unverified email, so tests can check that the app refuses it.
 */
export function accountClaims(login: string) {
  const local = login.includes("@") ? login.slice(0, login.lastIndexOf("@")) : login;
  const tag = /\+([^+]+)$/.exec(local)?.[1];
  return {
    sub: login,
    email: login,
    email_verified: !local.startsWith("unverified"),
    name: local,
    groups: tag ? [`scorecard-${tag}`] : [],
  };
}

export function opConfiguration(appOrigin: string, clientSecret: string): Configuration {
  const app = new URL(appOrigin).origin;
  // A fresh signing key and cookie key per run: nothing signed by one run verifies in another.
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  return {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: clientSecret,
        // The tamper provider reuses this client, so its callback is registered too.
        redirect_uris: [`${app}/api/auth/callback/corp`, `${app}/api/auth/callback/tamper`],
        post_logout_redirect_uris: [`${app}/sign-in`],
        backchannel_logout_uri: `${app}/api/oidc/backchannel-logout/corp`,
        // Also makes the OP put `sid` into every ID token (Client#includeSid).
        backchannel_logout_session_required: true,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        // What openid-client (next-auth 4) uses when the provider config names no method.
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: {
      keys: [{ ...signingKey, kid: `op-${randomBytes(4).toString("hex")}`, alg: "RS256", use: "sig" }],
    },
    cookies: {
      keys: [randomBytes(32).toString("hex")],
      // The OP marks cookies `secure` only on https requests; on plain http they must stay
      // sendable, and lax is what a top-level redirect back from the app needs.
      long: { httpOnly: true, sameSite: "lax", secure: false },
      short: { httpOnly: true, sameSite: "lax", secure: false },
    },
    // next-auth (idToken: true) reads claims only from the ID token, never from userinfo.
    conformIdTokenClaims: false,
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => accountClaims(id) }),
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: true },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: { enabled: true },
    },
    // The OP refuses outgoing requests to loopback addresses (SSRF protection), which is where
    // the app under test listens: back-channel logout to the app's own origin is let through.
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input);
      if (url.origin !== app || !init) return fetch(input, init);
      const unguarded: RequestInit & { dispatcher?: unknown } = { ...init };
      delete unguarded.dispatcher;
      return fetch(input, unguarded);
    },
    ttl: {
      Session: 3600,
      Grant: 3600,
      Interaction: 600,
      IdToken: 3600,
      AccessToken: 3600,
      AuthorizationCode: 60,
    },
    // Errors of the OP's own pages as plain text: a failing e2e trace then shows the reason.
    renderError: async (ctx, out) => {
      ctx.type = "text";
      ctx.body = `oidc-op error\n${Object.entries(out)
        .map(([k, v]) => `${k}: ${v}`)
        .join("\n")}`;
    },
  };
}
