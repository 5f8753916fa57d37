import { db } from "../../lib/db";
import { createEvaluationFixture, type createMember } from "../../lib/testing/fixtures";

type Member = Awaited<ReturnType<typeof createMember>>;
const GRADES = ["documentation", "vendor_claim", "tested", "code_reviewed"];

/**
 * `count` OWASP evaluations in the owner's workspace, every criterion scored by both reviewers
 * with a rationale and one evidence link, every section submitted: the comparison the PDF and
 * isolation benchmarks read. Values spread over the scale and differ between the reviewers.
 */
export async function scoredVendorEvaluations(
  owner: Member,
  second: Member,
  count: number,
  framework: (v: number) => { name: string; vendor: string; productVersion: string },
): Promise<{ evaluationIds: string[]; criteria: number }> {
  const evaluationIds: string[] = [];
  let criteria = 0;
  for (let v = 0; v < count; v++) {
    const { evaluationId, frameworkId, catalogue } = await createEvaluationFixture(owner.slug);
    await db().framework.update({ where: { id: frameworkId }, data: framework(v) });
    const list = await db().criterion.findMany({
      where: { catalogueId: catalogue.id },
      select: { key: true, section: { select: { key: true } } },
    });
    criteria = list.length;
    await db().score.createMany({
      data: [owner, second].flatMap((r, ri) =>
        list.map((c, ci) => ({
          workspaceId: owner.workspaceId,
          evaluationId,
          criterionKey: c.key,
          sectionKey: c.section.key,
          reviewerId: r.userId,
          value: (ci + v + ri * ((ci % 3) + 1)) % 5,
          rationale: `${ri ? "Second look" : "First review"} of ${c.key}: checked the vendor's documentation and a test build.`,
          evidence: [
            {
              url: `https://vendor-${v + 1}.example/docs/security/${c.key.toLowerCase()}`,
              grade: GRADES[(ci + ri) % 4],
            },
          ],
        })),
      ),
    });
    await db().evaluationSection.updateMany({
      where: { evaluationId },
      data: { submittedByIds: [owner.userId, second.userId] },
    });
    evaluationIds.push(evaluationId);
  }
  return { evaluationIds, criteria };
}
