import { createThrowawayDatabase, type ThrowawayDatabase } from "../../scripts/throwaway-db";
import { migrate } from "../postgres/migrate";

/**
 * For test files that need a database of their own (an empty users table, a tampered audit
 * chain, sessions revoked wholesale): a fresh migrated one that lib/db then uses. Each vitest
 * file runs in its own fork and lib/db reads DATABASE_URL lazily, so this is file-local.
 */
export async function useOwnDatabase(prefix: string): Promise<ThrowawayDatabase> {
  const { disconnectDb } = await import("../db");
  await disconnectDb(); // never reuse a client that points at the shared test database
  const own = await createThrowawayDatabase(prefix, process.env.TEST_SERVER_URL ?? null);
  await migrate(own.url);
  process.env.DATABASE_URL = own.url;
  return own;
}

export async function dropOwnDatabase(own: ThrowawayDatabase | undefined) {
  const { disconnectDb } = await import("../db");
  await disconnectDb();
  await own?.drop();
}
