import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../lib/postgres/embedded";
import { migrate, readMigrations, type Migration } from "../lib/postgres/migrate";
import { copyTemplate, ensureTemplate, templateKey } from "../lib/postgres/template";
import { newDataDirFromTemplate, pgTemplate, seedFiles } from "./pg-template";

// Each template is a real PGlite initdb (5–10 s here), hence the long timeouts.
const SLOW = 180_000;
let root: string;
// The OWASP catalogue, then the regulations the crosswalks map it to, by slug.
const SEEDED = [
  { slug: "etsi-en-303-645", criteria: 67 },
  { slug: "eu-cra-annex-i", criteria: 22 },
  { slug: "nist-ir-8425", criteria: 22 },
  { slug: "owasp-iot-framework", criteria: 58 },
];
let all: Migration[];

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "pg-template-"));
  all = await readMigrations();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Boots `dataDir` and reads what a start would find there. */
async function contents(dataDir: string) {
  const pg = await startEmbeddedPostgres(dataDir);
  const client = new Client({ connectionString: pg.url });
  await client.connect();
  try {
    const migrations = (
      await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY 1`,
      )
    ).rows.map((r) => r.migration_name);
    const catalogues = (
      await client.query<{ slug: string; criteria: number }>(
        `SELECT slug, (SELECT count(*)::int FROM "Criterion" c WHERE c."catalogueId" = k.id) AS criteria FROM "Catalogue" k ORDER BY 1`,
      )
    ).rows;
    await client.end();
    return { migrations, catalogues, applied: await migrate(pg.url, all) };
  } finally {
    await pg.stop();
  }
}

describe("embedded database template", () => {
  it(
    "a template made from other migrations is not used: a new one is made, the old one (and abandoned half-made ones) removed",
    async () => {
      const older = all.slice(0, -1);
      const olderKey = templateKey(older, await seedFiles());
      expect(olderKey).not.toBe(templateKey(all, await seedFiles()));
      // Migrated only: today's seed writes columns the older migrations do not have.
      await ensureTemplate(olderKey, (url) => migrate(url, older).then(() => undefined), root);
      // Half-made templates: one of an interrupted start (no such process), one being made now.
      const dead = `${olderKey}.tmp-2147483647-dead`;
      const live = `${olderKey}.tmp-${process.pid}-live`;
      mkdirSync(path.join(root, dead));
      mkdirSync(path.join(root, live));

      const dataDir = path.join(root, "data", "pg");
      expect(await newDataDirFromTemplate(dataDir, root)).toBe(true);
      const found = await contents(dataDir);
      expect(found.migrations).toEqual(all.map((m) => m.name));
      expect(found.applied).toEqual([]); // nothing left for `npm start` to migrate
      expect(found.catalogues).toEqual(SEEDED);
      expect(
        readdirSync(root)
          .filter((e) => e !== "data")
          .sort(),
      ).toEqual([live, templateKey(all, await seedFiles())].sort());
      rmSync(path.join(root, live), { recursive: true });
    },
    SLOW,
  );

  it(
    "a new data dir is a copy of the template; one that holds anything is never overwritten",
    async () => {
      const template = await pgTemplate(root);
      const empty = path.join(root, "empty", "pg");
      mkdirSync(empty, { recursive: true });
      expect(await copyTemplate(template, empty)).toBe(true);
      expect(existsSync(path.join(empty, "PG_VERSION"))).toBe(true);

      const used = path.join(root, "used", "pg");
      mkdirSync(used, { recursive: true });
      writeFileSync(path.join(used, "keep"), "x");
      expect(await copyTemplate(template, used)).toBe(false);
      expect(readdirSync(used)).toEqual(["keep"]);
    },
    SLOW,
  );

  it("the key changes with a migration's checksum, a seed file's contents or the PGlite version", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pg-template-key-"));
    try {
      const seed = path.join(dir, "a.oscal.json");
      writeFileSync(seed, "{}");
      const key = templateKey(all, [seed], "pglite@0.5.14");
      expect(templateKey(all, [seed], "pglite@0.5.14")).toBe(key);
      expect(
        templateKey([...all.slice(0, -1), { ...all.at(-1)!, checksum: "edited" }], [seed], "pglite@0.5.14"),
      ).not.toBe(key);
      expect(templateKey(all, [seed], "pglite@0.5.15")).not.toBe(key);
      writeFileSync(seed, "{ }");
      expect(templateKey(all, [seed], "pglite@0.5.14")).not.toBe(key);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
