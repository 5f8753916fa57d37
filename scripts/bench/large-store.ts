/**
 * Stores issue 7's large set into a workspace: a 1,000-criterion catalogue (imported through
 * the catalogue import service, so it is an ordinary workspace catalogue), 200 frameworks
 * with one evaluation each, 3 sample reviewers and 600,000 scores, each with its first
 * history row, as the sample workspace stores them. The rows go in with plain `pg` bulk
 * inserts (`unnest` of column arrays, a few frameworks per statement) in one transaction:
 * through Prisma, 600,000 rows would take minutes and hold every row object in memory.
 */
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import type { Actor } from "../../lib/auth/actor";
import { generateFrameworks, type GeneratedFramework } from "../../lib/sample/dataset";
import { datasetShapeOf, largeCatalogue, largeCatalogueOscal } from "../../lib/sample/large-catalogue";
import { insertBatch } from "./large-store-rows";

export const LARGE_SET = { seed: 20261126, frameworks: 200, reviewers: 3 } as const;
/** Frameworks per statement: 3 × 1,000 criteria × 3 reviewers = 9,000 score rows. */
const PER_BATCH = 3;

export interface LargeSet {
  catalogueId: string;
  counts: { frameworks: number; evaluations: number; sections: number; scores: number; history: number };
  /** The first 10 evaluations that are not drafts, for a 10-vendor compare. */
  compareIds: string[];
  seconds: { catalogue: number; rows: number; vacuum: number; total: number };
  peakRssMiB: number;
}

const secondsSince = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e9;

export async function storeLargeDataset(databaseUrl: string, workspaceSlug: string): Promise<LargeSet> {
  const started = process.hrtime.bigint();
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  try {
    const owner = (
      await pg.query<{ workspaceId: string; userId: string; email: string }>(
        `SELECT w.id AS "workspaceId", u.id AS "userId", u.email FROM "Workspace" w
       JOIN "Membership" m ON m."workspaceId" = w.id AND m.role = 'owner' JOIN "User" u ON u.id = m."userId"
       WHERE w.slug = $1 ORDER BY m."createdAt" LIMIT 1`,
        [workspaceSlug],
      )
    ).rows[0];
    if (!owner) throw new Error(`No workspace "${workspaceSlug}" with an owner`);
    const catalogueId = await importLargeCatalogue(pg, workspaceSlug, owner);
    const catalogueSeconds = secondsSince(started);

    const rowsStarted = process.hrtime.bigint();
    const shape = datasetShapeOf(largeCatalogue());
    const reviewers = ["A", "B", "C"].map((l) => ({
      id: randomUUID(),
      email: `large-reviewer-${l.toLowerCase()}+${owner.workspaceId.slice(-8)}@example.invalid`,
      name: `Large-set reviewer ${l}`,
    }));
    let peakRss = process.memoryUsage().rss;
    const compareIds: string[] = [];
    await pg.query("BEGIN");
    await pg.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "disabledAt") SELECT id, email, name, '!sample-account-no-login', now() FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, email, name)`,
      [reviewers.map((r) => r.id), reviewers.map((r) => r.email), reviewers.map((r) => r.name)],
    );
    await pg.query(
      `INSERT INTO "Membership" ("workspaceId", "userId", role) SELECT $1, id, 'reviewer' FROM unnest($2::uuid[]) AS id`,
      [owner.workspaceId, reviewers.map((r) => r.id)],
    );
    // A few frameworks at a time: generating all 600,000 scores takes under a second; holding them would take hundreds of MiB.
    const ctx = {
      workspaceId: owner.workspaceId,
      ownerId: owner.userId,
      catalogueId,
      reviewerIds: reviewers.map((r) => r.id),
      sectionKeys: shape.sections.map((s) => s.key),
    };
    let batch: GeneratedFramework[] = [];
    const flush = async () => {
      const evaluationIds = batch.map(() => randomUUID());
      batch.forEach((f, i) => {
        if (f.status !== "draft" && compareIds.length < 10) compareIds.push(evaluationIds[i]);
      });
      await insertBatch(pg, batch, evaluationIds, ctx);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      batch = [];
    };
    for (const f of generateFrameworks(shape, LARGE_SET)) {
      batch.push(f);
      if (batch.length === PER_BATCH) await flush();
    }
    if (batch.length) await flush();
    await pg.query("COMMIT");
    const rowsSeconds = secondsSince(rowsStarted);
    // What autovacuum does soon after a load this size, done now: otherwise it competes for the
    // 2 cores while the compare pages are measured, and the planner works from stale statistics.
    const vacuumStarted = process.hrtime.bigint();
    // The catalogue's tables too: the 1,000 criteria came through the import service, and with
    // no statistics for them the planner once joined the large compare's SQL floor 30 million
    // times (3.2 s instead of 0.1 s) until autovacuum's analyze came round.
    await pg.query(
      `VACUUM (ANALYZE) "Catalogue", "Section", "Criterion", "Framework", "Evaluation", "EvaluationSection", "Score", "ScoreHistory"`,
    );
    // The load leaves ~1 GB of dirty pages and WAL; flushed now, not by a checkpoint that would
    // land in the middle of the measurements (it made even the unchanged 1,740-row floor 1.7× slower).
    await pg.query("CHECKPOINT");
    const vacuumSeconds = secondsSince(vacuumStarted);
    return {
      catalogueId,
      compareIds,
      counts: await countLargeSet(pg, catalogueId),
      peakRssMiB: Math.round(peakRss / 2 ** 20),
      seconds: {
        catalogue: catalogueSeconds,
        rows: rowsSeconds,
        vacuum: vacuumSeconds,
        total: secondsSince(started),
      },
    };
  } catch (err) {
    await pg.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await pg.end();
  }
}

/** Through the same service as an upload (parse, validate, store, publish, audit). */
async function importLargeCatalogue(
  pg: Client,
  workspaceSlug: string,
  owner: { userId: string; email: string },
) {
  const { importCatalogue } = await import("../../lib/services/catalogues/catalogue-import");
  const actor: Actor = {
    userId: owner.userId,
    email: owner.email,
    via: "cli",
    mfaEnrolled: false,
    ip: null,
    userAgent: "bench",
  };
  const stored = await importCatalogue(actor, workspaceSlug, {
    text: largeCatalogueOscal(),
    filename: "large-catalogue.oscal.json",
  });
  const row = (
    await pg.query<{ id: string }>(`SELECT id FROM "Catalogue" WHERE slug = $1 AND version = $2`, [
      stored.slug,
      stored.version,
    ])
  ).rows[0];
  return row.id;
}

async function countLargeSet(pg: Client, catalogueId: string): Promise<LargeSet["counts"]> {
  const {
    rows: [c],
  } = await pg.query(
    `SELECT
      (SELECT count(DISTINCT "frameworkId") FROM "Evaluation" WHERE "catalogueId" = $1)::int AS frameworks,
      (SELECT count(*) FROM "Evaluation" WHERE "catalogueId" = $1)::int AS evaluations,
      (SELECT count(*) FROM "EvaluationSection" es JOIN "Evaluation" e ON e.id = es."evaluationId" WHERE e."catalogueId" = $1)::int AS sections,
      (SELECT count(*) FROM "Score" s JOIN "Evaluation" e ON e.id = s."evaluationId" WHERE e."catalogueId" = $1)::int AS scores,
      (SELECT count(*) FROM "ScoreHistory" h JOIN "Score" s ON s.id = h."scoreId" JOIN "Evaluation" e ON e.id = s."evaluationId" WHERE e."catalogueId" = $1)::int AS history`,
    [catalogueId],
  );
  return c;
}
