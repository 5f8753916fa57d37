import { encode } from "next-auth/jwt";
import { db } from "../../lib/db";
import { cliCreateToken } from "../../lib/services/admin/admin-cli";
import { createSession } from "../../lib/services/accounts/sessions";
import { createEvaluationFixture, createMember } from "../../lib/testing/fixtures";
import type { ScoringFixture } from "./scoring";

/**
 * Known data for the scoring benchmarks: 10 evaluations to save scores into, and one
 * evaluation with 58 criteria × 5 reviewers, all submitted, for the evaluation page.
 */
export async function scoringFixture(baseUrl: string, secret: string): Promise<ScoringFixture> {
  const owner = await createMember({ role: "owner", slug: "bench" });
  const reviewers = [owner];
  for (let i = 0; i < 4; i++) reviewers.push(await createMember({ role: "reviewer", slug: "bench" }));
  const token = await cliCreateToken({
    email: owner.email,
    workspace: "bench",
    scopes: ["read", "write"],
    days: 1,
  });
  const evaluationIds: string[] = [];
  for (let i = 0; i < 10; i++) evaluationIds.push((await createEvaluationFixture("bench")).evaluationId);
  const page = await createEvaluationFixture("bench");
  const criteria = await db().criterion.findMany({
    where: { catalogueId: page.catalogue.id },
    select: { key: true, section: { select: { key: true } } },
    orderBy: [{ section: { position: "asc" } }, { position: "asc" }],
  });
  await db().score.createMany({
    data: reviewers.flatMap((r, ri) =>
      criteria.map((c, ci) => ({
        workspaceId: owner.workspaceId,
        evaluationId: page.evaluationId,
        criterionKey: c.key,
        sectionKey: c.section.key,
        reviewerId: r.userId,
        value: (ci + ri) % 5,
        rationale: `Reviewer ${ri + 1} on ${c.key}: documentation and a test run.`,
        evidence: [{ url: `https://vendor.example/docs/${c.key}`, grade: "documentation" }],
      })),
    ),
  });
  await db().evaluationSection.updateMany({
    where: { evaluationId: page.evaluationId },
    data: { submittedByIds: reviewers.map((r) => r.userId) },
  });
  const session = await createSession(owner.userId, { ip: "127.0.0.1", userAgent: "bench" });
  const jwt = await encode({ token: { sub: owner.userId, sid: session.id }, secret });
  return {
    url: baseUrl,
    token,
    evaluationIds,
    criterionKeys: criteria.map((c) => c.key),
    pageUrl: `${baseUrl}/w/bench/evaluations/${page.evaluationId}`,
    cookie: `next-auth.session-token=${jwt}`,
    pageEvaluationId: page.evaluationId,
  };
}
