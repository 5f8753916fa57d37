import "server-only";
import { pgPool } from "../../db";

export type Evidence = Array<{ url: string; grade: string }>;

export interface ScoreRow {
  evaluationId: string;
  criterionKey: string;
  reviewerId: string;
  value: number | null;
  notApplicable: boolean;
  carriedOver: boolean;
  /** Every evidence link is a vendor claim ("claims-only scores are marked as low confidence"). */
  claimsOnly: boolean;
  /** Only when loaded `withText`. */
  rationale?: string;
  evidence?: Evidence;
}

/*
 * Plain SQL on the app's pool: a comparison of 10 vendors × 1,000 criteria × 3 reviewers reads
 * 30,000 rows, which Prisma took ~200 ms to turn into objects against ~9 ms in PostgreSQL.
 * The claims-only flag is computed in the query, so the compare page can leave rationale and
 * evidence (most of the bytes) in the database until a reader opens a cell.
 */
// CASE, not AND: PostgreSQL does not promise to test the type first, and the array functions
// raise an error on anything else.
const CLAIMS_ONLY = `CASE WHEN jsonb_typeof(evidence) = 'array' AND jsonb_array_length(evidence) > 0
  THEN NOT EXISTS (SELECT 1 FROM jsonb_array_elements(evidence) e WHERE e->>'grade' IS DISTINCT FROM 'vendor_claim') ELSE false END`;
const SQL = (
  withText: boolean,
  oneCriterion: boolean,
) => `SELECT "evaluationId", "criterionKey", "reviewerId", value, "notApplicable", "carriedOver",
  ${CLAIMS_ONLY} AS "claimsOnly"${withText ? `, rationale, evidence` : ""}
  FROM "Score" WHERE "workspaceId" = $1 AND "evaluationId" = ANY($2::uuid[])${oneCriterion ? ` AND "criterionKey" = $3` : ""}`;

/** The scores of `evaluationIds` in `workspaceId` (the tenant is in the query), optionally of one criterion. */
export async function loadScores(
  workspaceId: string,
  evaluationIds: string[],
  o: { withText: boolean; criterionKey?: string },
): Promise<ScoreRow[]> {
  const params: unknown[] = [workspaceId, evaluationIds];
  if (o.criterionKey !== undefined) params.push(o.criterionKey);
  const { rows } = await pgPool().query<ScoreRow>(SQL(o.withText, o.criterionKey !== undefined), params);
  if (o.withText) for (const r of rows) if (!Array.isArray(r.evidence)) r.evidence = [];
  return rows;
}

/** Rows grouped by evaluation, then by criterion: each cell's rows found in one lookup. */
export function groupScores(rows: ScoreRow[]) {
  const out = new Map<string, Map<string, ScoreRow[]>>();
  for (const r of rows) {
    let byCriterion = out.get(r.evaluationId);
    if (!byCriterion) out.set(r.evaluationId, (byCriterion = new Map()));
    const list = byCriterion.get(r.criterionKey);
    if (list) list.push(r);
    else byCriterion.set(r.criterionKey, [r]);
  }
  return out;
}
