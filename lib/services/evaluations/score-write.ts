import "server-only";
import { appended, auditFields } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { pgPool } from "../../db";
import type { ScoreInput } from "../../schemas/evaluation";
import type { ScoreFields } from "./columns";

export interface ScoreKey {
  workspaceId: string;
  evaluationId: string;
  criterionKey: string;
  sectionKey: string;
  reviewerId: string;
}

const RETURNED = `"id", "criterionKey", "sectionKey", "reviewerId", "value", "notApplicable", "rationale", "evidence", "carriedOver", "version", "updatedAt"`;

/**
 * One score save as ONE autocommitted statement (one round trip, one commit): the rule guards
 * (evaluation of this workspace and not final, section in scope, caller assigned, section not
 * submitted by the caller), the version check, the update or first insert, the history row,
 * draft → in review, and the audit event (the arrays may be NULL: sections created without
 * them). The guards read the same snapshot the write is made
 * on, so a rule cannot change between check and write. The UPDATE locks the row and, when a
 * concurrent save changed it first, re-checks the version on the new row (READ COMMITTED), so
 * If-Match can never pass on a stale version. A first save racing another first save loses on
 * the unique key (ON CONFLICT DO NOTHING). When nothing was written, the caller diagnoses why.
 * $1 workspace, $2 evaluation, $3 criterion, $4 section, $5 reviewer (the actor), $6–$9 the
 * score, $10 If-Match version or null, $11–$14 the audit event's time, email, ip, user agent.
 */
export const SAVE_SQL = `WITH ok AS (
  SELECT 1 FROM "Evaluation" ev JOIN "EvaluationSection" es ON es."evaluationId" = ev."id" AND es."sectionKey" = $4
  WHERE ev."id" = $2 AND ev."workspaceId" = $1 AND ev."status" <> 'final' AND es."inScope"
    AND (COALESCE(cardinality(es."assigneeIds"), 0) = 0 OR $5::uuid = ANY(es."assigneeIds"))
    AND NOT ($5::uuid = ANY(COALESCE(es."submittedByIds", '{}')))),
cur AS (SELECT "id" FROM "Score" WHERE "evaluationId" = $2 AND "criterionKey" = $3 AND "reviewerId" = $5 AND "workspaceId" = $1),
upd AS (
  UPDATE "Score" SET "value" = $6, "notApplicable" = $7, "rationale" = $8, "evidence" = $9::jsonb, "carriedOver" = false,
    "version" = "version" + 1, "updatedAt" = now()
  WHERE "id" = (SELECT "id" FROM cur) AND EXISTS (SELECT 1 FROM ok) AND ($10::int IS NULL OR "version" = $10)
  RETURNING ${RETURNED}, true AS "updated"),
ins AS (
  INSERT INTO "Score" ("id", "workspaceId", "evaluationId", "criterionKey", "sectionKey", "reviewerId", "value", "notApplicable", "rationale", "evidence")
  SELECT gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb
  WHERE EXISTS (SELECT 1 FROM ok) AND NOT EXISTS (SELECT 1 FROM cur) AND ($10::int IS NULL OR $10 = 0)
  ON CONFLICT ("evaluationId", "criterionKey", "reviewerId") DO NOTHING
  RETURNING ${RETURNED}, false AS "updated"),
s AS (SELECT * FROM upd UNION ALL SELECT * FROM ins),
h AS (INSERT INTO "ScoreHistory" ("scoreId", "version", "value", "notApplicable", "rationale", "evidence")
  SELECT "id", "version", "value", "notApplicable", "rationale", "evidence" FROM s),
st AS (UPDATE "Evaluation" SET "status" = 'in_review' WHERE "id" = $2 AND "workspaceId" = $1 AND "status" = 'draft' AND EXISTS (SELECT 1 FROM s)),
a AS (INSERT INTO "AuditEvent" ("at", "actorId", "actorEmail", "workspaceId", "action", "targetType", "targetId", "ip", "userAgent", "before", "after")
  SELECT $11::timestamptz, $5::uuid, $12, $1::uuid, 'score.saved', 'score', $2 || '/' || $3, $13, $14,
    CASE WHEN s."updated" THEN jsonb_build_object('version', s."version" - 1) END,
    jsonb_build_object('version', s."version", 'sectionKey', $4::text, 'criterionKey', $3::text) FROM s
  RETURNING "id" AS "auditId", "before" AS "auditBefore", "after" AS "auditAfter")
SELECT ${RETURNED}, "auditId"::text AS "auditId", "auditBefore", "auditAfter" FROM s, a`;

export interface SavedScore extends ScoreFields {
  id: string;
  updatedAt: Date;
}

type SaveRow = SavedScore & { auditId: string; auditBefore: unknown; auditAfter: unknown };

/**
 * Writes the caller's score (SAVE_SQL); null when the statement wrote nothing: a rule changed
 * since the caller checked it, the version did not match If-Match, or a first save lost the race.
 */
export async function writeScore(
  actor: Actor,
  key: ScoreKey,
  input: ScoreInput,
  ifMatch: number | undefined,
): Promise<SavedScore | null> {
  // Versions, never values, in the event: admins read the audit (and SIEM its stdout copy)
  // while they may still be blind to the section. The values are in ScoreHistory.
  const fields = auditFields({
    action: "score.saved",
    actor,
    workspaceId: key.workspaceId,
    targetType: "score",
    targetId: `${key.evaluationId}/${key.criterionKey}`,
  });
  const rows = (
    await pgPool().query<SaveRow>(SAVE_SQL, [
      key.workspaceId,
      key.evaluationId,
      key.criterionKey,
      key.sectionKey,
      key.reviewerId,
      input.value,
      input.notApplicable,
      input.rationale,
      JSON.stringify(input.evidence),
      ifMatch ?? null,
      fields.at.toISOString(),
      fields.actorEmail,
      fields.ip,
      fields.userAgent,
    ])
  ).rows;
  if (rows.length !== 1) return null;
  const { auditId, auditBefore, auditAfter, ...saved } = rows[0];
  appended(auditId, { ...fields, before: auditBefore, after: auditAfter });
  return saved;
}
