/**
 * The floor of one score save: the statements lib runs for it (imported, so they cannot
 * drift), with the values the app would bind, and nothing else — no HTTP, no Next, no Prisma.
 */
import type { Pool } from "pg";
import { LOOKUP_SQL } from "../../lib/auth/api-token";
import { sha256 } from "../../lib/auth/secrets";
import { SCORING_STATE_SQL } from "../../lib/services/evaluations/evaluation-access";
import { SAVE_SQL } from "../../lib/services/evaluations/score-write";
import type { ScoringFixture } from "./scoring";

export function floorStatements(f: ScoringFixture, pool: Pool) {
  const tokenHash = sha256(f.token);
  const sectionOf = new Map<string, string>();
  return async ({
    evaluationId,
    criterionKey,
    n,
  }: {
    evaluationId: string;
    criterionKey: string;
    n: number;
  }) => {
    const token = (await pool.query(LOOKUP_SQL, [tokenHash])).rows[0];
    await pool.query(SCORING_STATE_SQL, [evaluationId, token.workspaceId]);
    // OWASP criterion keys are "<section>.<n>"-like; the app takes the section from the cached catalogue.
    const sectionKey =
      sectionOf.get(criterionKey) ??
      (
        await pool.query(
          `SELECT s."key" FROM "Criterion" c JOIN "Section" s ON s."id" = c."sectionId" JOIN "Evaluation" e ON e."catalogueId" = c."catalogueId" WHERE e."id" = $1 AND c."key" = $2`,
          [evaluationId, criterionKey],
        )
      ).rows[0].key;
    sectionOf.set(criterionKey, sectionKey);
    const rows = (
      await pool.query(SAVE_SQL, [
        token.workspaceId,
        evaluationId,
        criterionKey,
        sectionKey,
        token.userId,
        n % 5,
        false,
        `floor ${n}`,
        "[]",
        null,
        new Date().toISOString(),
        token.email,
        "127.0.0.1",
        "bench",
      ])
    ).rows;
    if (rows.length !== 1) throw new Error("the floor's save wrote nothing");
  };
}
