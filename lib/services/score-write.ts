import "server-only";
import type { PoolClient } from "pg";
import { recordAuditPg } from "../audit/record";
import type { Actor } from "../auth/actor";
import { pgPool } from "../db";
import { isDatabaseUnavailable } from "../http/database-errors";
import type { ScoreInput } from "../schemas/evaluation";

/** A concurrent writer won: the caller turns this into a 409 or retries. */
export const STALE = new Error("stale score version");

export interface ScoreKey { workspaceId: string; evaluationId: string; criterionKey: string; sectionKey: string; reviewerId: string }

const RETURNED = `"id", "criterionKey", "sectionKey", "reviewerId", "value", "notApplicable", "rationale", "evidence", "carriedOver", "version", "updatedAt"`;

// Score, history row and the draft → in review step in one statement: one round trip.
export const UPDATE_SQL = `WITH s AS (
  UPDATE "Score" SET "value" = $2, "notApplicable" = $3, "rationale" = $4, "evidence" = $5::jsonb, "carriedOver" = false,
    "version" = "version" + 1, "updatedAt" = now() WHERE "id" = $1 RETURNING ${RETURNED}),
h AS (INSERT INTO "ScoreHistory" ("scoreId", "version", "value", "notApplicable", "rationale", "evidence")
  SELECT "id", "version", "value", "notApplicable", "rationale", "evidence" FROM s),
e AS (UPDATE "Evaluation" SET "status" = 'in_review' WHERE "id" = $6 AND "workspaceId" = $7 AND "status" = 'draft' AND EXISTS (SELECT 1 FROM s))
SELECT * FROM s`;

export const INSERT_SQL = `WITH s AS (
  INSERT INTO "Score" ("id", "workspaceId", "evaluationId", "criterionKey", "sectionKey", "reviewerId", "value", "notApplicable", "rationale", "evidence")
  VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
  ON CONFLICT ("evaluationId", "criterionKey", "reviewerId") DO NOTHING RETURNING ${RETURNED}),
h AS (INSERT INTO "ScoreHistory" ("scoreId", "version", "value", "notApplicable", "rationale", "evidence")
  SELECT "id", "version", "value", "notApplicable", "rationale", "evidence" FROM s),
e AS (UPDATE "Evaluation" SET "status" = 'in_review' WHERE "id" = $2 AND "workspaceId" = $1 AND "status" = 'draft' AND EXISTS (SELECT 1 FROM s))
SELECT * FROM s`;

export interface SavedScore {
  id: string; criterionKey: string; sectionKey: string; reviewerId: string; value: number | null; notApplicable: boolean;
  rationale: string; evidence: unknown; carriedOver: boolean; version: number; updatedAt: Date;
}

/**
 * The score-save transaction as plain SQL (the product's hottest write; Prisma's per-query
 * cost dominated it). The row is locked first, so a version check and the update cannot
 * interleave with another save; a first save racing another first save loses on the unique key.
 */
export async function writeScore(actor: Actor, key: ScoreKey, input: ScoreInput, ifMatch: number | undefined): Promise<SavedScore> {
  const client = await pgPool().connect();
  let broken = false;
  // pg emits 'error' on a checked-out client whose connection the server drops (a restart,
  // pg_terminate_backend); with no listener that is an uncaught exception and the process dies.
  const onError = () => { broken = true; };
  client.on("error", onError);
  try {
    await client.query("BEGIN");
    const saved = await write(client, actor, key, input, ifMatch);
    await client.query("COMMIT");
    return saved;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    // A connection the database dropped must not go back to the pool for the next request.
    broken = isDatabaseUnavailable(err);
    throw err;
  } finally {
    client.removeListener("error", onError);
    client.release(broken);
  }
}

async function write(client: PoolClient, actor: Actor, key: ScoreKey, input: ScoreInput, ifMatch: number | undefined) {
  const current = (await client.query<{ id: string; version: number }>(
    `SELECT "id", "version" FROM "Score" WHERE "evaluationId" = $1 AND "criterionKey" = $2 AND "reviewerId" = $3 AND "workspaceId" = $4 FOR UPDATE`,
    [key.evaluationId, key.criterionKey, key.reviewerId, key.workspaceId],
  )).rows[0];
  if (ifMatch !== undefined && (current?.version ?? 0) !== ifMatch) throw STALE;
  const evidence = JSON.stringify(input.evidence);
  const rows = current
    ? (await client.query<SavedScore>(UPDATE_SQL, [current.id, input.value, input.notApplicable, input.rationale, evidence, key.evaluationId, key.workspaceId])).rows
    : (await client.query<SavedScore>(INSERT_SQL, [key.workspaceId, key.evaluationId, key.criterionKey, key.sectionKey, key.reviewerId, input.value, input.notApplicable, input.rationale, evidence])).rows;
  if (rows.length !== 1) throw STALE; // a concurrent first save of the same score won the insert
  const saved = rows[0];
  // Versions, never values: admins read the audit (and SIEM its stdout copy) while they may
  // still be blind to the section. The values are in ScoreHistory under the same version.
  await recordAuditPg(client, {
    action: "score.saved", actor, workspaceId: key.workspaceId, targetType: "score", targetId: `${key.evaluationId}/${key.criterionKey}`,
    before: current ? { version: current.version } : null,
    after: { version: saved.version, sectionKey: key.sectionKey, criterionKey: key.criterionKey },
  });
  return saved;
}
