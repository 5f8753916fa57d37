import { once } from "node:events";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountClaims, OIDC_CLIENT_ID } from "./oidc-op-config";
import { startOidcOp, type OidcOp } from "./oidc-op-process";
import { TAMPERED_EMAIL, tamperIdToken } from "./oidc-tamper-proxy";

const APP = "http://127.0.0.1:1";

async function freePort() {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, "close");
  return port;
}

const getJson = async (url: string) => {
  const res = await fetch(url);
  expect(res.status, url).toBe(200);
  return res.json();
};

describe("test OpenID Provider (real HTTP)", () => {
  let op: OidcOp;
  beforeAll(async () => {
    op = await startOidcOp({ opPort: await freePort(), tamperPort: await freePort(), appOrigin: APP });
  });
  afterAll(async () => {
    if (!op || op.child.exitCode !== null) return;
    op.child.kill("SIGTERM");
    await once(op.child, "exit");
  });

  it("serves discovery with back-channel logout (with sessions), end_session and S256 PKCE", async () => {
    const doc = await getJson(`${op.issuer}/.well-known/openid-configuration`);
    expect(doc.issuer).toBe(op.issuer);
    expect(doc.backchannel_logout_supported).toBe(true);
    expect(doc.backchannel_logout_session_supported).toBe(true);
    expect(doc.end_session_endpoint).toBe(`${op.issuer}/session/end`);
    expect(doc.code_challenge_methods_supported).toEqual(["S256"]);
    expect(doc.token_endpoint_auth_methods_supported).toContain("client_secret_basic");
    expect(doc.claims_supported).toEqual(
      expect.arrayContaining(["email", "email_verified", "name", "groups", "sid"]),
    );
  });

  it("publishes a public signing key and nothing private", async () => {
    const { jwks_uri } = await getJson(`${op.issuer}/.well-known/openid-configuration`);
    const { keys } = await getJson(jwks_uri);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: "RSA", use: "sig", alg: "RS256" });
    expect(keys[0].d).toBeUndefined();
  });

  it("the tamper proxy serves the OP's discovery with only the token endpoint moved to itself", async () => {
    const real = await getJson(`${op.issuer}/.well-known/openid-configuration`);
    const tampered = await getJson(`${op.tamperUrl}/.well-known/openid-configuration`);
    expect(tampered.token_endpoint).toBe(`${op.tamperUrl}/token`);
    expect(tampered).toEqual({ ...real, token_endpoint: tampered.token_endpoint });
    expect(tampered.issuer).toBe(op.issuer);
  });

  it("the tamper proxy passes token errors through unchanged", async () => {
    const res = await fetch(`${op.tamperUrl}/token`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${OIDC_CLIENT_ID}:wrong-secret`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "grant_type=authorization_code&code=nope&redirect_uri=x",
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: "invalid_client" });
  });
});

describe("test OP users and tampering", () => {
  it("derives claims from the login: groups from +tag, unverified from the local part", () => {
    expect(accountClaims("bob+admins@corp.example")).toEqual({
      sub: "bob+admins@corp.example",
      email: "bob+admins@corp.example",
      email_verified: true,
      name: "bob+admins",
      groups: ["scorecard-admins"],
    });
    expect(accountClaims("bob+reviewers@corp.example").groups).toEqual(["scorecard-reviewers"]);
    expect(accountClaims("ada@corp.example").groups).toEqual([]);
    expect(accountClaims("unverified-eve@corp.example").email_verified).toBe(false);
  });

  it("changes only the payload of an ID token, keeping header and signature", () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const jws = `${part({ alg: "RS256" })}.${part({ sub: "ada", email: "ada@corp.example" })}.c2lnbmF0dXJl`;
    const [header, payload, signature] = tamperIdToken(jws).split(".");
    expect(header).toBe(part({ alg: "RS256" }));
    expect(signature).toBe("c2lnbmF0dXJl");
    expect(JSON.parse(Buffer.from(payload, "base64url").toString())).toEqual({
      sub: "ada",
      email: TAMPERED_EMAIL,
    });
  });
});
