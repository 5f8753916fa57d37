/**
 * The app under test, started exactly as users start it (`scripts/start.ts`), on a fresh
 * throwaway database (DATABASE_URL's server when set, else an in-memory embedded one). The
 * printed first-run setup link and the database URL go to e2e/.state/server.json for the
 * tests; the database is dropped when Playwright stops the server.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createThrowawayDatabase } from "../throwaway-db";

export const STATE_FILE = path.join("e2e", ".state", "server.json");

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "scorecard-e2e-"));
  const db = await createThrowawayDatabase("scorecard_e2e");
  mkdirSync(path.dirname(STATE_FILE), { recursive: true });
  rmSync(STATE_FILE, { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SCORECARD_DATA_DIR: dataDir,
    DATABASE_URL: db.url,
    AUDIT_STDOUT: "0",
    // Back-off between failed sign-ins, shortened so the lockout test takes seconds, not minutes.
    AUTH_BACKOFF_BASE_MS: "20",
    // Every spec comes from 127.0.0.1, so the per-address limits (sign-in, share, setup,
    // invitation, reset) would count the whole suite as one visitor: off. Per-user limits
    // (reports, exports) stay as in production; e2e/rate-limits.spec.ts trips one.
    RATE_LIMITS: "ip=off",
    // An embedded database serves one connection safely (see scripts/start.ts).
    ...(process.env.DATABASE_URL ? {} : { DATABASE_POOL_SIZE: "1" }),
  };
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "scripts/start.ts"],
    { stdio: ["ignore", "pipe", "inherit"], env },
  );
  child.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    const setup = /(http:\/\/\S+\/setup\?token=\S+)/.exec(chunk.toString());
    if (setup) writeFileSync(STATE_FILE, JSON.stringify({ setupUrl: setup[1], databaseUrl: db.url }));
  });
  const cleanup = async () => {
    await db.drop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", async (code) => {
    await cleanup();
    process.exit(code ?? 0);
  });
}

void main();
