import type { Actor } from "../../auth/actor";
import { createMember, owaspCriterionKeys, sessionActor } from "../../testing/fixtures";
import { saveScore } from "./scores";

/** Test fixture of the score suites: an owner, two reviewers and a viewer in one workspace. */
export async function scoringWorld() {
  const owner = await createMember({ role: "owner" });
  const ownerA = await sessionActor(owner.userId);
  const member = async (role: "reviewer" | "viewer") =>
    sessionActor((await createMember({ role, slug: owner.slug })).userId);
  const [r1, r2, viewer] = [await member("reviewer"), await member("reviewer"), await member("viewer")];
  return { owner, ownerA, r1, r2, viewer, edge: await owaspCriterionKeys("EDGE") };
}

/** `actor` scores every criterion of `keys`, the i-th with value(i). */
export async function scoreAll(
  actor: Actor,
  slug: string,
  evId: string,
  keys: string[],
  value: (i: number) => number,
) {
  for (const [i, key] of keys.entries())
    await saveScore(actor, slug, evId, key, { value: value(i), rationale: `because ${i}` });
}
