/**
 * The floor of one score save: the statements lib runs for it (imported, so they cannot
 * drift), with the values the app would bind, and nothing else — no HTTP, no Next, no Prisma.
 */
import type { Pool } from "pg";
import { APPEND_SQL } from "../../lib/audit/record";
import { chainBody } from "../../lib/audit/canonical";
import { LOOKUP_SQL } from "../../lib/auth/api-token";
import { sha256 } from "../../lib/auth/secrets";
import { INSERT_SQL, UPDATE_SQL } from "../../lib/services/score-write";
import type { ScoringFixture } from "./scoring";

// The old loadEvaluation ran this through Prisma as three reads; the floor gets it as one.
const STATE_SQL = `SELECT e."id", e."status", e."catalogueId", (SELECT json_agg(s) FROM "EvaluationSection" s WHERE s."evaluationId" = e."id") AS "sections"
  FROM "Evaluation" e WHERE e."id" = $1 AND e."workspaceId" = $2`;

export function floorStatements(f: ScoringFixture, pool: Pool) {
  const tokenHash = sha256(f.token);
  return async ({ evaluationId, criterionKey, n }: { evaluationId: string; criterionKey: string; n: number }) => {
    const token = (await pool.query(LOOKUP_SQL, [tokenHash])).rows[0];
    await pool.query(STATE_SQL, [evaluationId, token.workspaceId]);
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const current = (await client.query(`SELECT "id", "version" FROM "Score" WHERE "evaluationId" = $1 AND "criterionKey" = $2 AND "reviewerId" = $3 AND "workspaceId" = $4 FOR UPDATE`,
        [evaluationId, criterionKey, token.userId, token.workspaceId])).rows[0];
      const evidence = JSON.stringify([]);
      const saved = current
        ? (await client.query(UPDATE_SQL, [current.id, n % 5, false, `floor ${n}`, evidence, evaluationId, token.workspaceId])).rows[0]
        : (await client.query(INSERT_SQL, [token.workspaceId, evaluationId, criterionKey, "I1", token.userId, n % 5, false, `floor ${n}`, evidence])).rows[0];
      const fields = { at: new Date(), actorId: token.userId, actorEmail: token.email, workspaceId: token.workspaceId, action: "score.saved", targetType: "score",
        targetId: `${evaluationId}/${criterionKey}`, ip: "127.0.0.1", userAgent: "bench", before: current ? { version: current.version } : null, after: { version: saved.version, criterionKey } };
      await client.query(APPEND_SQL, [chainBody(fields), fields.at.toISOString(), fields.actorId, fields.actorEmail, fields.workspaceId, fields.action, fields.targetType, fields.targetId,
        fields.ip, fields.userAgent, JSON.stringify(fields.before), JSON.stringify(fields.after)]);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  };
}
