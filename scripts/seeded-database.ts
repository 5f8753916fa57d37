import { migrate } from "../lib/postgres/migrate";
import { createThrowawayDatabase, type ThrowawayDatabase } from "./throwaway-db";

/** The PostgreSQL server the tooling scripts (bench, faults, scanners…) create databases on. */
export const LOCAL_SERVER = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * A throwaway database on `serverUrl`, migrated, with the catalogues loaded, and this process
 * pointed at it (lib/db reads DATABASE_URL on first use). Audit events are not copied to stdout,
 * which belongs to the script's report. Dropped again if the setup itself fails.
 */
export async function seededDatabase(prefix: string, serverUrl = LOCAL_SERVER): Promise<ThrowawayDatabase> {
  const db = await createThrowawayDatabase(prefix, serverUrl);
  process.env.DATABASE_URL = db.url;
  process.env.AUDIT_STDOUT = "0";
  try {
    await migrate(db.url);
    const { seedCatalogues } = await import("../lib/services/catalogues/catalogue-seed");
    await seedCatalogues();
    return db;
  } catch (err) {
    await db.drop().catch(() => {});
    throw err;
  }
}
