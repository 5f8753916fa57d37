/**
 * The app under test, started exactly as users start it (`scripts/start.ts`), but on a fresh
 * throwaway database: on DATABASE_URL's server when set, else embedded in a temp data dir.
 * The database is dropped when Playwright stops the server.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../throwaway-db";

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "scorecard-e2e-"));
  let db: ThrowawayDatabase | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, SCORECARD_DATA_DIR: dataDir };
  if (process.env.DATABASE_URL) {
    db = await createThrowawayDatabase("scorecard_e2e");
    env.DATABASE_URL = db.url;
  }
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/start.ts"], { stdio: "inherit", env });
  const cleanup = async () => {
    await db?.drop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", async (code) => {
    await cleanup();
    process.exit(code ?? 0);
  });
}

void main();
