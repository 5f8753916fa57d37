import "server-only";
import type { Account, Profile, User } from "next-auth";
import { getToken } from "next-auth/jwt";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { recordSsoRefusal } from "../../services/sso/refusals";
import { completeSsoSignIn } from "../../services/sso/sign-in";
import { SsoRefused } from "../../services/sso/claims";
import { requestMeta } from "../request-meta";
import { oidcProvider, oidcProviders } from "./config";
import { authRequest } from "./request-context";

/**
 * One next-auth OAuth provider per configured OpenID Provider: authorization code flow with
 * PKCE, state and nonce; next-auth (openid-client) fetches the discovery document and checks
 * the ID token's signature, issuer, audience, expiry and nonce. Claims come from the ID token
 * only (`idToken: true`), never from an unsigned userinfo answer.
 */
export function nextAuthOidcProviders(): OAuthConfig<Profile & { sub: string }>[] {
  return oidcProviders().map((p) => ({
    id: p.id,
    name: p.name,
    type: "oauth",
    wellKnown: `${p.issuer}/.well-known/openid-configuration`,
    clientId: p.clientId,
    clientSecret: p.clientSecret,
    authorization: { params: { scope: p.scopes } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    httpOptions: { timeout: 5000 },
    profile: (claims) => ({ id: claims.sub, email: claims.email ?? null, name: claims.name ?? null }),
  }));
}

/**
 * next-auth's signIn callback for SSO: decides, through lib/services/sso, whether the
 * provider's answer opens a session (whose id the JWT will carry), parks a link for
 * confirmation, or is refused with a reason the sign-in page explains.
 */
export async function ssoSignInCallback(params: { user: User; account: Account | null; profile?: Profile }) {
  const { user, account, profile } = params;
  if (account?.type !== "oauth") return true; // the password form: `authorize` decided already
  const provider = oidcProvider(account.provider);
  const req = authRequest.getStore();
  if (!provider || !req) return "/sign-in?sso=failed";
  const meta = requestMeta(req.headers);
  try {
    const current = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
    const sid = typeof current?.sid === "string" ? current.sid : null;
    const outcome = await completeSsoSignIn(provider, profile, meta, sid);
    // The browser keeps its own session; the confirmation page takes it from here.
    if (outcome.kind === "link") return "/account/sso";
    Object.assign(user, { id: outcome.userId, sid: outcome.sessionId });
    return true;
  } catch (err) {
    const code = err instanceof SsoRefused ? err.code : "failed";
    if (!(err instanceof SsoRefused)) console.error("sso sign-in error", err);
    await recordSsoRefusal(provider, code, profile, meta).catch(() => {});
    return `/sign-in?sso=${code}`;
  }
}
