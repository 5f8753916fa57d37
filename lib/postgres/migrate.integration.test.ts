import { afterAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { schemaDiffSql } from "../../scripts/prisma6/diff";
import { schemaSnapshot } from "../../scripts/testing/schema-snapshot";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../../scripts/throwaway-db";
import { migrate, readMigrations } from "./migrate";

const dbs: ThrowawayDatabase[] = [];
const fresh = async () => {
  const db = await createThrowawayDatabase("scorecard_mig", process.env.TEST_SERVER_URL ?? null);
  dbs.push(db);
  return db;
};
afterAll(async () => {
  await Promise.all(dbs.map((d) => d.drop()));
});

async function query(url: string, sql: string, params: unknown[] = []) {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
}

describe("migrations", () => {
  it("apply to an empty database once, recorded as Prisma records them", async () => {
    const db = await fresh();
    const all = await readMigrations();
    expect(await migrate(db.url)).toEqual(all.map((m) => m.name));
    expect(await migrate(db.url)).toEqual([]); // a restart applies nothing twice
    const rows = await query(
      db.url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(
      all.map((m) => [m.name, m.checksum, 1]),
    );
    expect(rows.every((r) => r.finished_at)).toBe(true);
  });

  it("match schema.prisma exactly (fails when the schema and the migrations drift)", async () => {
    const [viaMigrations, viaSchema] = [await fresh(), await fresh()];
    await migrate(viaMigrations.url);
    await query(viaSchema.url, await schemaDiffSql(viaSchema.url, "empty"));
    const a = await schemaSnapshot(viaMigrations.url);
    const b = await schemaSnapshot(viaSchema.url);
    expect(a.columns).toEqual(b.columns);
    expect(a.indexes).toEqual(b.indexes);
    expect(a.constraints).toEqual(b.constraints);
    expect(a.enums).toEqual(b.enums);
    expect(a.columns.length).toBeGreaterThan(20);
    // Triggers are written by hand in migrations; Prisma's schema cannot express them.
    expect(a.triggers.map((t) => t.trigger_name)).toEqual(
      expect.arrayContaining(["Catalogue_immutable", "Section_immutable", "Criterion_immutable"]),
    );
  });

  it("refuse to start when an applied migration was edited, and change nothing", async () => {
    const db = await fresh();
    const all = await readMigrations();
    await migrate(db.url, all);
    const edited = all.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(migrate(db.url, edited)).rejects.toThrow(/edited after it was applied/);
  });

  it("roll back a failing migration completely and report its name", async () => {
    const db = await fresh();
    const all = await readMigrations();
    const bad = {
      name: "99999999999999_bad",
      sql: `CREATE TABLE "Half" (id int); SELECT * FROM "missing_table";`,
      checksum: "x".repeat(64),
    };
    await expect(migrate(db.url, [...all, bad])).rejects.toThrow(/99999999999999_bad failed/);
    expect(await query(db.url, `SELECT to_regclass('public."Half"') AS t`)).toEqual([{ t: null }]);
    expect(
      await query(db.url, `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = $1`, [
        bad.name,
      ]),
    ).toEqual([{ n: 0 }]);
  });
});
