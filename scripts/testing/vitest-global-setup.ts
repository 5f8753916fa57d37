import { migrate } from "../../lib/postgres/migrate";
import { buildWorker } from "../build-worker";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../throwaway-db";

/**
 * One fresh database per run, migrated: the server of DATABASE_URL when set, else an
 * embedded one. Test files see its URL as DATABASE_URL; the server URL stays available as
 * TEST_SERVER_URL for tests that need more throwaway databases of their own.
 */
let db: ThrowawayDatabase | undefined;

export async function setup() {
  // Services run their heavy work in the worker pool, which loads this bundle (rebuilt every
  // run, so it is never older than the sources under test).
  buildWorker();
  if (process.env.DATABASE_URL) process.env.TEST_SERVER_URL = process.env.DATABASE_URL;
  db = await createThrowawayDatabase("scorecard_test");
  await migrate(db.url);
  process.env.DATABASE_URL = db.url;
}

export async function teardown() {
  await db?.drop();
}
