/**
 * A man in the middle between the app and the test OP, for the "tampered ID token" e2e case.
 * Its discovery document is the OP's own (same `issuer`, authorization endpoint, JWKS) with
 * only `token_endpoint` pointing here; the token response is passed on with the ID token's
 * payload changed (email → TAMPERED_EMAIL) and the OP's header and signature kept. A client
 * that checks signatures must refuse it. openid-client 5 (next-auth 4) discovers from any URL
 * and checks tokens against the document's `issuer`, not against where it was fetched, so the
 * app needs nothing special: a second provider whose issuer URL is this proxy.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";

export const TAMPERED_EMAIL = "mallory@corp.example";
const DISCOVERY_PATH = "/.well-known/openid-configuration";

export function startTamperProxy({ opIssuer, port }: { opIssuer: string; port: number }) {
  const self = `http://127.0.0.1:${port}`;
  const server = createServer((req, res) => {
    forward(opIssuer, req, res, async (upstream, body) => {
      if (req.url === DISCOVERY_PATH && upstream.statusCode === 200) {
        const doc = JSON.parse(body.toString("utf8"));
        return JSON.stringify({ ...doc, token_endpoint: `${self}${new URL(doc.token_endpoint).pathname}` });
      }
      if (req.url === "/token" && upstream.statusCode === 200) {
        const tokens = JSON.parse(body.toString("utf8"));
        if (typeof tokens.id_token === "string") tokens.id_token = tamperIdToken(tokens.id_token);
        return JSON.stringify(tokens);
      }
      return body;
    });
  });
  return server.listen(port, "127.0.0.1");
}

/** The same JWS with another payload: header and signature as the OP issued them. */
export function tamperIdToken(jws: string) {
  const [header, payload, signature] = jws.split(".");
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  const forged = Buffer.from(JSON.stringify({ ...claims, email: TAMPERED_EMAIL })).toString("base64url");
  return `${header}.${forged}.${signature}`;
}

function forward(
  target: string,
  req: IncomingMessage,
  res: ServerResponse,
  rewrite: (upstream: IncomingMessage, body: Buffer) => Promise<Buffer | string>,
) {
  const url = new URL(req.url ?? "/", target);
  const headers = { ...req.headers, host: url.host };
  const upstreamReq = request(url, { method: req.method, headers }, (upstream) => {
    const chunks: Buffer[] = [];
    upstream.on("data", (c: Buffer) => chunks.push(c));
    upstream.on("end", async () => {
      try {
        const body = await rewrite(upstream, Buffer.concat(chunks));
        const out = { ...upstream.headers };
        delete out["content-length"];
        delete out["transfer-encoding"];
        // A rewritten body no longer matches the OP's ETag.
        delete out.etag;
        res.writeHead(upstream.statusCode ?? 502, out).end(body);
      } catch (err) {
        res.writeHead(502, { "content-type": "text/plain" }).end(`tamper proxy: ${(err as Error).message}`);
      }
    });
  });
  upstreamReq.on("error", (err) => {
    res.writeHead(502, { "content-type": "text/plain" }).end(`tamper proxy: ${err.message}`);
  });
  req.pipe(upstreamReq);
}
