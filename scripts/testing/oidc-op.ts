/**
 * The test OpenID Provider for the e2e suite: the real `oidc-provider` package with its
 * development login and consent pages, plus a tampering proxy (oidc-tamper-proxy.ts). Run as
 * `node --import tsx scripts/testing/oidc-op.ts`; prints `oidc-op ready` once both listen.
 *
 * Env: OIDC_OP_PORT (issuer http://127.0.0.1:$OIDC_OP_PORT), OIDC_TAMPER_PORT, APP_ORIGIN
 * (the app under test, e.g. http://127.0.0.1:3210), OIDC_CLIENT_SECRET.
 */
import type { Server } from "node:http";
import Provider from "oidc-provider";
import { opConfiguration } from "./oidc-op-config";
import { startTamperProxy } from "./oidc-tamper-proxy";

async function startOp(env: { opPort: number; tamperPort: number; appOrigin: string; clientSecret: string }) {
  const issuer = `http://127.0.0.1:${env.opPort}`;
  const provider = new Provider(issuer, opConfiguration(env.appOrigin, env.clientSecret));
  provider.on("backchannel.success", (_ctx, client, accountId, sid) =>
    console.log(`oidc-op back-channel logout sent: client=${client.clientId} sub=${accountId} sid=${sid}`),
  );
  provider.on("backchannel.error", (_ctx, err, client, accountId) =>
    console.error(
      `oidc-op back-channel logout failed: client=${client.clientId} sub=${accountId}: ${err.message}`,
    ),
  );
  provider.on("server_error", (_ctx, err) => console.error("oidc-op server error", err));
  const op = await listen(provider.listen(env.opPort, "127.0.0.1"));
  const tamper = await listen(startTamperProxy({ opIssuer: issuer, port: env.tamperPort }));
  return {
    issuer,
    tamperUrl: `http://127.0.0.1:${env.tamperPort}`,
    close: () => Promise.all([op, tamper].map((s) => new Promise((r) => s.close(r)))),
  };
}

const listen = (server: Server) =>
  new Promise<Server>((resolve, reject) => {
    if (server.listening) return resolve(server);
    server.once("listening", () => resolve(server)).once("error", reject);
  });

function requiredEnv(name: string) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

async function main() {
  const op = await startOp({
    opPort: Number(requiredEnv("OIDC_OP_PORT")),
    tamperPort: Number(requiredEnv("OIDC_TAMPER_PORT")),
    appOrigin: requiredEnv("APP_ORIGIN"),
    clientSecret: requiredEnv("OIDC_CLIENT_SECRET"),
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const)
    process.on(sig, () => void op.close().then(() => process.exit(0)));
  console.log(`oidc-op ready ${op.issuer} tamper ${op.tamperUrl}`);
}

void main();
