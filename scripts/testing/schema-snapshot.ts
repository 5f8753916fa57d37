import { Client } from "pg";

/**
 * The shape of a database's public schema — columns, indexes, constraints, enums, triggers —
 * as plain rows, so two databases can be compared with toEqual. Works on PGlite too, which
 * pg_dump cannot reach.
 */
export async function schemaSnapshot(url: string) {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const q = async (sql: string) => (await c.query(sql)).rows;
    return {
      columns: await q(`SELECT table_name, column_name, data_type, udt_name, character_maximum_length AS len,
          datetime_precision AS dtp, is_nullable, column_default
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        ORDER BY 1, 2`),
      indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`),
      constraints: await q(`SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"_prisma_migrations"'
          AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`),
      enums: await q(`SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY 1, e.enumsortorder`),
      triggers: await q(`SELECT event_object_table AS tbl, trigger_name, event_manipulation AS op
        FROM information_schema.triggers WHERE trigger_schema = 'public' ORDER BY 1, 2, 3`),
    };
  } finally {
    await c.end();
  }
}
