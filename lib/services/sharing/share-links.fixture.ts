import type { Actor } from "../../auth/actor";
import {
  createEvaluationFixture,
  createMember,
  owaspCriterionKeys,
  sessionActor,
} from "../../testing/fixtures";
import { saveScore, submitSection } from "../evaluations/scores";

/**
 * Test fixture of the share-link suites: a workspace with an owner, three reviewers and a viewer,
 * another tenant, and two evaluations of the OWASP catalogue. `scored` is scored by r1 (4
 * everywhere) and r2 (2 everywhere), both submitted: EDGE-01's median is 3. `plain` is unscored.
 */
export async function shareLinkWorld() {
  const owner = await createMember({ role: "owner", name: "Olga Owner" });
  const ownerA = await sessionActor(owner.userId);
  const member = async (role: "reviewer" | "viewer", name: string) =>
    sessionActor((await createMember({ role, slug: owner.slug, name })).userId);
  const [r1, r2, r3, viewer] = [
    await member("reviewer", "Alice Anders"),
    await member("reviewer", "Bruno Berg"),
    await member("reviewer", "Chen Cho"),
    await member("viewer", "Vera Viewer"),
  ];
  const other = await createMember({ role: "owner" });
  const outsider = await sessionActor(other.userId);
  const edge = await owaspCriterionKeys("EDGE");

  const scoreEdge = async (actor: Actor, ev: string, value: number) => {
    for (const key of edge)
      await saveScore(actor, owner.slug, ev, key, { value, rationale: `seen ${value}` });
    await submitSection(actor, owner.slug, ev, "EDGE");
  };
  const scoredEvaluation = async () => {
    const { evaluationId } = await createEvaluationFixture(owner.slug);
    await scoreEdge(r1, evaluationId, 4);
    await scoreEdge(r2, evaluationId, 2);
    return evaluationId;
  };
  const scored = await scoredEvaluation();
  const plain = (await createEvaluationFixture(owner.slug)).evaluationId;
  return {
    owner,
    ownerA,
    r1,
    r2,
    r3,
    viewer,
    outsider,
    outsiderSlug: other.slug,
    edge,
    scored,
    plain,
    scoreEdge,
    scoredEvaluation,
  };
}
