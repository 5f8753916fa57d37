/**
 * The app under test, started exactly as users start it (`scripts/start.ts`), on a fresh
 * throwaway database (DATABASE_URL's server when set, else an in-memory embedded one). The
 * printed first-run setup link and the database URL go to e2e/.state/server.json for the
 * tests; the database is dropped when Playwright stops the server. A test OpenID Provider
 * (oidc-op.ts) runs beside it on PORT+1000, with its tampering proxy on PORT+1001; the app gets
 * both as single sign-on providers, "Corp SSO" and "Tampered IdP".
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createThrowawayDatabase } from "../throwaway-db";
import { startOidcOp } from "./oidc-op-process";
import { OIDC_CLIENT_ID } from "./oidc-op-config";

export const STATE_FILE = path.join("e2e", ".state", "server.json");

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "scorecard-e2e-"));
  const db = await createThrowawayDatabase("scorecard_e2e");
  mkdirSync(path.dirname(STATE_FILE), { recursive: true });
  rmSync(STATE_FILE, { force: true });
  const port = Number(process.env.PORT ?? 3000);
  const op = await startOidcOp({
    opPort: port + 1000,
    tamperPort: port + 1001,
    appOrigin: `http://127.0.0.1:${port}`,
  });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SCORECARD_DATA_DIR: dataDir,
    DATABASE_URL: db.url,
    AUDIT_STDOUT: "0",
    // The address the browser uses: the OP's registered redirect URIs and next-auth's
    // state/PKCE cookies must all be on the same origin (not localhost's default).
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    // Back-off between failed sign-ins, shortened so the lockout test takes seconds, not minutes.
    AUTH_BACKOFF_BASE_MS: "20",
    // Every spec comes from 127.0.0.1, so the per-address limits (sign-in, share, setup,
    // invitation, reset) would count the whole suite as one visitor: off. Per-user limits
    // (reports, exports) stay as in production; e2e/rate-limits.spec.ts trips one.
    RATE_LIMITS: "ip=off",
    // An embedded database serves one connection safely (see scripts/start.ts).
    ...(process.env.DATABASE_URL ? {} : { DATABASE_POOL_SIZE: "1" }),
    ...ssoEnv(op),
  };
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "scripts/start.ts"],
    { stdio: ["ignore", "pipe", "inherit"], env },
  );
  child.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    const setup = /(http:\/\/\S+\/setup\?token=\S+)/.exec(chunk.toString());
    if (setup) {
      const state = {
        setupUrl: setup[1],
        databaseUrl: db.url,
        oidcIssuer: op.issuer,
        oidcTamperUrl: op.tamperUrl,
      };
      writeFileSync(STATE_FILE, JSON.stringify(state));
    }
  });
  const cleanup = async () => {
    await db.drop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  };
  let stopping = false;
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      stopping = true;
      child.kill(sig);
    });
  }
  op.child.on("exit", (code, signal) => {
    if (!stopping && child.exitCode === null)
      console.error(`oidc-op stopped while the app runs (${code ?? signal})`);
  });
  child.on("exit", async (code) => {
    op.child.kill("SIGTERM");
    await cleanup();
    process.exit(code ?? 0);
  });
}

/**
 * Two providers on one OP client: the real one, and the same OP behind the tampering proxy; and
 * a third that is down (nothing listens on loopback port 1: the connection is refused at once).
 */
function ssoEnv(op: { issuer: string; tamperUrl: string; clientSecret: string }) {
  return {
    OIDC_PROVIDERS: "corp,tamper,offline",
    OIDC_CORP_ISSUER: op.issuer,
    OIDC_CORP_CLIENT_ID: OIDC_CLIENT_ID,
    OIDC_CORP_CLIENT_SECRET: op.clientSecret,
    OIDC_CORP_NAME: "Corp SSO",
    OIDC_CORP_ALLOWED_DOMAINS: "corp.example",
    OIDC_TAMPER_ISSUER: op.tamperUrl,
    OIDC_TAMPER_CLIENT_ID: OIDC_CLIENT_ID,
    OIDC_TAMPER_CLIENT_SECRET: op.clientSecret,
    OIDC_TAMPER_NAME: "Tampered IdP",
    OIDC_TAMPER_ALLOWED_DOMAINS: "corp.example",
    OIDC_OFFLINE_ISSUER: "http://127.0.0.1:1",
    OIDC_OFFLINE_CLIENT_ID: OIDC_CLIENT_ID,
    OIDC_OFFLINE_CLIENT_SECRET: op.clientSecret,
    OIDC_OFFLINE_NAME: "Offline IdP",
  };
}

void main();
