import type { ChildProcess } from "node:child_process";
import type { ThrowawayDatabase } from "../throwaway-db";

/**
 * What every bench module's standalone entry shares: it runs only when its file is executed
 * (`npx tsx scripts/bench/<name>.ts`), not when `npm run bench` imports the module, and it
 * leaves no throwaway database or app server behind.
 */

/** Runs `main` when `mod` is the file node was started with; a failure exits 1. */
export function runIfMain(mod: NodeModule, main: () => Promise<unknown>) {
  if (require.main !== mod) return;
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

/** Closes this process's database clients, then drops the bench's throwaway database. */
export async function dropBenchDatabase(db: { drop(): Promise<void> }) {
  const { disconnectDb } = await import("../../lib/db");
  await disconnectDb();
  await db.drop();
}

export interface BenchRun {
  /** A seeded throwaway database (migrated, catalogues loaded); DATABASE_URL points at it. */
  database: ThrowawayDatabase;
  port: number;
  base: string;
  /** Starts the built app on `port` against `database` (at most one at a time). */
  start(env?: Record<string, string>): Promise<ChildProcess>;
  /** Stops the app and waits for it to exit (a CPU profile is written on exit). */
  stop(): Promise<void>;
}

/** Builds if needed, seeds a database, runs `body`, then stops the app and drops the database. */
export async function benchStandalone(prefix: string, port: number, body: (run: BenchRun) => Promise<void>) {
  const { buildIfNeeded } = await import("../build-if-needed");
  const { seededDatabase } = await import("../seeded-database");
  const { startApp } = await import("./app-server");
  buildIfNeeded();
  const database = await seededDatabase(prefix);
  let app: ChildProcess | undefined;
  const run: BenchRun = {
    database,
    port,
    base: `http://127.0.0.1:${port}`,
    start: async (env) => (app = await startApp(port, database.url, env)),
    stop: async () => {
      const proc = app;
      app = undefined;
      if (!proc || proc.exitCode !== null) return;
      const exited = new Promise((r) => proc.once("exit", r));
      proc.kill("SIGINT");
      await exited;
    },
  };
  try {
    await body(run);
  } finally {
    app?.kill("SIGTERM");
    await dropBenchDatabase(database);
  }
}

/** A new owner of workspace `slug` with a live session, and the cookie that carries it. */
export async function ownerSession(slug: string, secret = "bench-only-secret") {
  const { createMember } = await import("../../lib/testing/fixtures");
  const { createSession } = await import("../../lib/services/accounts/sessions");
  const { encode } = await import("next-auth/jwt");
  const owner = await createMember({ role: "owner", slug });
  const session = await createSession(owner.userId, { ip: "127.0.0.1", userAgent: "bench" });
  const token = await encode({ token: { sub: owner.userId, sid: session.id }, secret });
  return { owner, sessionId: session.id, cookie: `next-auth.session-token=${token}` };
}
