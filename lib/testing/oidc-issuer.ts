import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

export interface TestIssuer {
  url: string;
  logoutToken(claims: Record<string, unknown>, opts?: { foreignKey?: boolean }): Promise<string>;
  close(): void;
}

/**
 * A minimal OpenID Provider for integration tests of what we verify ourselves (back-channel
 * logout tokens): a discovery document and a JWKS over real HTTP on loopback, and a signer.
 * The full sign-in flow is tested against oidc-provider in the e2e suite.
 */
export async function testIssuer(): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const foreign = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  const server = createServer((req, res) => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const body =
      req.url === "/.well-known/openid-configuration"
        ? { issuer: url, jwks_uri: `${url}/jwks`, end_session_endpoint: `${url}/session/end` }
        : req.url === "/jwks"
          ? { keys: [jwk] }
          : null;
    res.writeHead(body ? 200 : 404, { "content-type": "application/json" }).end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    logoutToken: (claims, opts = {}) =>
      new SignJWT({
        events: { "http://schemas.openid.net/event/backchannel-logout": {} },
        jti: randomUUID(),
        aud: "scorecard",
        ...claims,
      })
        .setProtectedHeader({ alg: "RS256", kid: "k1", typ: "logout+jwt" })
        .setIssuer(url)
        .setIssuedAt()
        .setExpirationTime("2m")
        .sign(opts.foreignKey ? foreign.privateKey : privateKey),
    close: () => server.close(),
  };
}
