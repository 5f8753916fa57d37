/**
 * The bulk writer behind large-store.ts: a few generated frameworks per round trip, each table
 * filled by one `unnest` of column arrays (plain `pg`, no row objects kept), scores and their
 * first history rows in one statement.
 */
import { randomUUID } from "node:crypto";
import type { Client } from "pg";
import type { GeneratedFramework } from "../../lib/sample/dataset";

const FRAMEWORKS_SQL = `INSERT INTO "Framework" (id, "workspaceId", name, vendor, "productVersion", url, description, "componentTypes", "updatedAt")
  SELECT id, $2, name, vendor, pv, url, d, string_to_array(types, ','), now()
  FROM unnest($1::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS t(id, name, vendor, pv, url, d, types)`;
const EVALUATIONS_SQL = `INSERT INTO "Evaluation" (id, "workspaceId", "frameworkId", "catalogueId", status, "createdById", "finalizedAt")
  SELECT id, $2, fw, $3, st::"EvaluationStatus", $4, CASE WHEN st = 'final' THEN now() END
  FROM unnest($1::uuid[], $5::uuid[], $6::text[]) AS t(id, fw, st)`;
// The sample reviewers are assigned to every section, so the owner facilitates and sees every consensus.
const SECTIONS_SQL = `INSERT INTO "EvaluationSection" ("evaluationId", "sectionKey", "assigneeIds", "submittedByIds")
  SELECT ev, sk, $4::uuid[], CASE WHEN sub THEN $4::uuid[] ELSE '{}'::uuid[] END
  FROM unnest($1::uuid[], $2::text[], $3::bool[]) AS t(ev, sk, sub)`;
// Score and its version-1 history row in one statement: the ids never travel back to Node.
const SCORES_SQL = `WITH s AS (
    INSERT INTO "Score" (id, "workspaceId", "evaluationId", "criterionKey", "sectionKey", "reviewerId", value, "notApplicable", rationale, evidence)
    SELECT gen_random_uuid(), $1, ev, ck, sk, ($9::uuid[])[rv], v, na, ra, ed::jsonb
    FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::int[], $7::bool[], $8::text[], $10::text[]) AS t(ev, ck, sk, rv, v, na, ra, ed)
    RETURNING id, value, "notApplicable", rationale, evidence)
  INSERT INTO "ScoreHistory" ("scoreId", version, value, "notApplicable", rationale, evidence)
  SELECT id, 1, value, "notApplicable", rationale, evidence FROM s`;

export interface BatchContext {
  workspaceId: string;
  ownerId: string;
  catalogueId: string;
  reviewerIds: string[];
  sectionKeys: string[];
}

/** Writes `frameworks`, one evaluation each (ids `evaluationIds`), its sections and every score. */
export async function insertBatch(
  pg: Client,
  frameworks: GeneratedFramework[],
  evaluationIds: string[],
  ctx: BatchContext,
) {
  const frameworkIds = frameworks.map(() => randomUUID());
  const col = <T>(pick: (f: GeneratedFramework) => T) => frameworks.map(pick);
  const sections = frameworks.flatMap((f, i) =>
    ctx.sectionKeys.map((key) => ({ ev: evaluationIds[i], key, submitted: f.submitted.includes(key) })),
  );
  const scores = {
    ev: [] as string[],
    ck: [] as string[],
    sk: [] as string[],
    rv: [] as number[],
    v: [] as Array<number | null>,
    na: [] as boolean[],
    ra: [] as string[],
    ed: [] as string[],
  };
  frameworks.forEach((f, i) => {
    for (const s of f.scores) {
      scores.ev.push(evaluationIds[i]);
      scores.ck.push(s.criterionKey);
      scores.sk.push(s.sectionKey);
      scores.rv.push(s.reviewer + 1); // SQL arrays count from 1
      scores.v.push(s.value);
      scores.na.push(s.notApplicable);
      scores.ra.push(s.rationale);
      scores.ed.push(JSON.stringify(s.evidence));
    }
  });
  await pg.query(FRAMEWORKS_SQL, [
    frameworkIds,
    ctx.workspaceId,
    col((f) => f.name),
    col((f) => f.vendor),
    col((f) => f.productVersion),
    col((f) => f.url),
    col((f) => f.description),
    col((f) => f.componentTypes.join(",")),
  ]);
  await pg.query(EVALUATIONS_SQL, [
    evaluationIds,
    ctx.workspaceId,
    ctx.catalogueId,
    ctx.ownerId,
    frameworkIds,
    col((f) => f.status),
  ]);
  await pg.query(SECTIONS_SQL, [
    sections.map((s) => s.ev),
    sections.map((s) => s.key),
    sections.map((s) => s.submitted),
    ctx.reviewerIds,
  ]);
  await pg.query(SCORES_SQL, [
    ctx.workspaceId,
    scores.ev,
    scores.ck,
    scores.sk,
    scores.rv,
    scores.v,
    scores.na,
    scores.ra,
    ctx.reviewerIds,
    scores.ed,
  ]);
}
