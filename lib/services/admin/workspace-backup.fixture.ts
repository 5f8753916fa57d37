import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { createEvaluationFixture, createMember, sessionActor } from "../../testing/fixtures";
import { seedCatalogues } from "../catalogues/catalogue-seed";
import { saveComparison } from "../comparisons/saved-comparisons";
import { createWeightProfile } from "../comparisons/weight-profiles";
import { setAgreedScore } from "../evaluations/agreed-scores";
import { evaluationSummary } from "../evaluations/evaluation-summary";
import { saveScore, submitSection } from "../evaluations/scores";
import { exportWorkspaceBackup } from "./workspace-backup";

/*
 * Test fixture of the backup and restore suites: a workspace backed up in the shared test
 * database, then (restoringInstance) a database of its own to restore into, a fresh instance
 * where only the built-in catalogue and the restoring user exist.
 */
const IN_SCOPE = ["GW", "MOBILE"];

export type Summary = Awaited<ReturnType<typeof evaluationSummary>>;

async function scoreAndSubmit(
  actor: Actor,
  slug: string,
  evaluationId: string,
  keys: string[],
  valueOf: (i: number) => number | null,
) {
  for (const [i, key] of keys.entries()) {
    const value = valueOf(i);
    await saveScore(
      actor,
      slug,
      evaluationId,
      key,
      value === null
        ? { value: null, notApplicable: true, rationale: "No app." }
        : {
            value,
            rationale: `r${i}`,
            evidence: [{ url: "https://example.com/doc", grade: "documentation" }],
          },
    );
  }
  for (const s of IN_SCOPE) await submitSection(actor, slug, evaluationId, s);
}

/**
 * Two scored evaluations (one final, built on the other), an agreed value, a weight profile and
 * a saved comparison; `before` holds their summaries under that profile, by framework name.
 */
export async function backedUpWorkspace() {
  const frameworkNames: string[] = [];
  const before = new Map<string, Summary>();
  const owner = await createMember();
  const reviewer = await createMember({ role: "reviewer", slug: owner.slug });
  const [ownerActor, reviewerActor] = await Promise.all([
    sessionActor(owner.userId),
    sessionActor(reviewer.userId),
  ]);
  const evs = [await createEvaluationFixture(owner.slug), await createEvaluationFixture(owner.slug)];
  const keys = (
    await db().criterion.findMany({
      where: { catalogueId: evs[0].catalogue.id, section: { key: { in: IN_SCOPE } } },
      orderBy: [{ sectionId: "asc" }, { position: "asc" }],
      select: { key: true },
    })
  ).map((c) => c.key);
  for (const [n, ev] of evs.entries()) {
    await db().evaluationSection.updateMany({
      where: { evaluationId: ev.evaluationId, sectionKey: { notIn: IN_SCOPE } },
      data: { inScope: false, outOfScopeReason: "Not part of this product" },
    });
    await scoreAndSubmit(ownerActor, owner.slug, ev.evaluationId, keys, (i) =>
      i === 3 && n === 0 ? null : (i * 3 + n) % 5,
    );
    await scoreAndSubmit(reviewerActor, owner.slug, ev.evaluationId, keys, (i) => (i * 2 + 1) % 5);
    const fw = await db().framework.findUniqueOrThrow({
      where: { id: ev.frameworkId },
      select: { name: true },
    });
    frameworkNames.push(fw.name);
  }
  await setAgreedScore(ownerActor, owner.slug, evs[0].evaluationId, keys[0], {
    value: 4,
    reason: "Agreed in the review meeting",
  });
  await db().evaluation.update({
    where: { id: evs[1].evaluationId },
    data: { status: "final", finalizedAt: new Date(), previousEvaluationId: evs[0].evaluationId },
  });
  const profile = await createWeightProfile(ownerActor, owner.slug, {
    name: "Gateway first",
    sectionWeights: { GW: 3, MOBILE: 1 },
    criterionWeights: { [keys[1]]: 2 },
  });
  const [e1, e2] = evs.map((e) => e.evaluationId);
  await saveComparison(ownerActor, owner.slug, {
    name: "Shortlist",
    query: `e=${e1},${e2}&p=${profile.id}&sort=${e2}`,
  });
  for (const [i, ev] of evs.entries())
    before.set(
      frameworkNames[i],
      await evaluationSummary(ownerActor, owner.slug, ev.evaluationId, { profile: profile.id }),
    );
  const text = JSON.stringify((await exportWorkspaceBackup(ownerActor, owner.slug)).backup);
  return { owner, ownerActor, reviewerActor, reviewerEmail: reviewer.email, text, frameworkNames, before };
}

/** In the database to restore into (useOwnDatabase): the built-in catalogue, the restorer and a bystander. */
export async function restoringInstance(ownerEmail: string, reviewerEmail: string) {
  await seedCatalogues();
  // The same person restores on the new instance: their own email maps to them by default.
  const me = await createMember({ email: ownerEmail });
  const restorer = await sessionActor(me.userId);
  // A real account of this instance whose email the backup names: it must not be linked.
  const bystander = await createMember({ email: reviewerEmail });
  return { restorer, bystander };
}
