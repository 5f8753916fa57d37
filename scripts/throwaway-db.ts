import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { startEmbeddedPostgres } from "../lib/postgres/embedded";

export interface ThrowawayDatabase {
  url: string;
  drop(): Promise<void>;
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]", ""]);

/** Destructive test tooling must never point at a shared database (dub has the same guard). */
export function assertLocalServer(serverUrl: string) {
  const { hostname } = new URL(serverUrl);
  if (!LOCAL_HOSTS.has(hostname) && process.env.ALLOW_REMOTE_TEST_DATABASE !== "1") {
    throw new Error(
      `Refusing to create throwaway databases on non-local host "${hostname}" ` +
        "(set ALLOW_REMOTE_TEST_DATABASE=1 if you really mean it).",
    );
  }
}

/**
 * A fresh empty database: on the Postgres server `serverUrl` (default DATABASE_URL) when set,
 * created and dropped here; otherwise an in-memory embedded Postgres.
 */
export async function createThrowawayDatabase(
  prefix = "scorecard_test",
  serverUrl: string | null = process.env.DATABASE_URL ?? null,
): Promise<ThrowawayDatabase> {
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres();
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  assertLocalServer(serverUrl);
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
