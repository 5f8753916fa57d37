import { afterAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../../scripts/throwaway-db";
import { migrate, readMigrations } from "./migrate";

const TRIM = "20261202230000_share_snapshot_profiles";
let db: ThrowawayDatabase | undefined;
afterAll(async () => {
  await db?.drop();
});

const profile = (id: string) => ({ id, name: id, weights: {} });

describe(`migration ${TRIM}`, () => {
  it("trims share snapshots made earlier to the profile each link shows (or equal weights), leaving others as they are", async () => {
    db = await createThrowawayDatabase("scorecard_mig_share", process.env.TEST_SERVER_URL ?? null);
    const all = await readMigrations();
    await migrate(
      db.url,
      all.filter((m) => m.name < TRIM),
    );
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      const ws = (
        await c.query(
          `INSERT INTO "Workspace" ("id","slug","name") VALUES (gen_random_uuid(),'old-links','Old links') RETURNING "id"`,
        )
      ).rows[0].id;
      const link = async (profileId: string, profiles: unknown[]) =>
        (
          await c.query(
            `INSERT INTO "ShareLink" ("id","workspaceId","tokenHash","title","snapshot","evaluationIds","profileId","createdById","expiresAt")
         VALUES (gen_random_uuid(), $1, md5(random()::text), 't', $2, '{}', $3, gen_random_uuid(), now() + interval '1 day') RETURNING "id"`,
            [ws, JSON.stringify({ vendors: [], profiles }), profileId],
          )
        ).rows[0].id as string;
      const everyone = [profile("equal"), profile("cloud-only"), profile("private-board-weights")];
      const shown = await link("private-board-weights", everyone);
      const fellBack = await link("deleted-profile", everyone);
      const already = await link("cloud-only", [profile("cloud-only")]);
      await migrate(db.url);
      const profilesOf = async (id: string) =>
        (
          (await c.query(`SELECT "snapshot" FROM "ShareLink" WHERE "id" = $1`, [id])).rows[0].snapshot
            .profiles as Array<{ id: string }>
        ).map((p) => p.id);
      expect(await profilesOf(shown)).toEqual(["private-board-weights"]);
      expect(await profilesOf(fellBack)).toEqual(["equal"]);
      expect(await profilesOf(already)).toEqual(["cloud-only"]);
    } finally {
      await c.end();
    }
  });
});
