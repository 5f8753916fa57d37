import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { addMembership, createEvaluationFixture, createMember, sessionActor } from "../../testing/fixtures";
import { comparisonReadiness } from "../comparisons/comparison-readiness";
import { evaluationReadiness } from "./readiness";

let owner: Awaited<ReturnType<typeof createMember>>;
let blindReviewer: Awaited<ReturnType<typeof createMember>>;
let evaluationId: string;

// Two reviewers score every criterion (4 and 2: consensus 3, so readiness 75) and submit every
// section; a third reviewer has not submitted and is still blind to all of them.
beforeAll(async () => {
  owner = await createMember({ role: "owner" });
  const second = await createMember({ role: "reviewer", slug: owner.slug });
  blindReviewer = await createMember({ role: "reviewer" });
  await addMembership(owner.workspaceId, blindReviewer.userId, "reviewer");
  const fx = await createEvaluationFixture(owner.slug);
  evaluationId = fx.evaluationId;
  const criteria = await db().criterion.findMany({
    where: { catalogueId: fx.catalogue.id },
    select: { key: true, section: { select: { key: true } } },
  });
  await db().score.createMany({
    data: [owner, second].flatMap((r, i) =>
      criteria.map((c) => ({
        workspaceId: owner.workspaceId,
        evaluationId,
        criterionKey: c.key,
        sectionKey: c.section.key,
        reviewerId: r.userId,
        value: i === 0 ? 4 : 2,
        rationale: "Checked on a test build.",
      })),
    ),
  });
  await db().evaluationSection.updateMany({
    where: { evaluationId },
    data: { submittedByIds: [owner.userId, second.userId] },
  });
});

const cra = async (userId: string) => {
  const r = await evaluationReadiness(await sessionActor(userId), owner.slug, evaluationId, {
    target: "eu-cra-annex-i",
  });
  expect(r.crosswalks).toHaveLength(1);
  return r.crosswalks[0];
};

describe("evaluation readiness", () => {
  it("projects the consensus onto every mapped regulation, with the disclaimer", async () => {
    const all = await evaluationReadiness(await sessionActor(owner.userId), owner.slug, evaluationId);
    expect(all.disclaimer).toMatch(/not a conformity assessment/);
    expect(all.crosswalks.map((c) => c.target.slug).sort()).toEqual([
      "etsi-en-303-645",
      "eu-cra-annex-i",
      "nist-ir-8425",
    ]);
    const c = await cra(owner.userId);
    expect(c.readiness).toBe(75);
    expect(c.requirements).toHaveLength(22);
    for (const r of c.requirements.filter((x) => x.readiness !== null)) {
      expect(r.readiness).toBe(75);
      expect(r.contributing.every((x) => x.consensus === 3 && x.title.length > 0)).toBe(true);
    }
    expect(c.counts.full + c.counts.partial + c.counts.notAssessed + c.counts.notInCatalogue).toBe(22);
  });

  it("lists what the OWASP criteria cannot speak to, with the reason, never as 0", async () => {
    const c = await cra(owner.userId);
    const missing = c.requirements.filter((r) => r.coverage === "not_in_catalogue");
    expect(missing.map((r) => r.key)).toEqual(expect.arrayContaining(["II(5)", "II(6)"]));
    expect(c.counts.notInCatalogue).toBe(missing.length);
    for (const r of missing) {
      expect(r.readiness).toBeNull();
      expect(r.reason!.length).toBeGreaterThan(20);
    }
  });

  it("gives a reader still blind to the sections no figure built from them", async () => {
    const c = await cra(blindReviewer.userId);
    expect(c.readiness).toBeNull();
    expect(c.requirements.every((r) => r.contributing.length === 0)).toBe(true);
    const linked = c.requirements.filter((r) => r.coverage !== "not_in_catalogue");
    expect(linked.every((r) => r.coverage === "not_assessed" && r.unscored.length > 0)).toBe(true);
  });

  it("counts a section out of scope as not applicable", async () => {
    await db().evaluationSection.updateMany({
      where: { evaluationId, sectionKey: "GW" },
      data: { inScope: false, outOfScopeReason: "No gateway in this product." },
    });
    try {
      const c = await cra(owner.userId);
      const withGw = c.requirements.filter((r) => r.notApplicable.some((k) => k.startsWith("GW-")));
      expect(withGw.length).toBeGreaterThan(0);
      for (const r of c.requirements) expect(r.contributing.some((x) => x.key.startsWith("GW-"))).toBe(false);
    } finally {
      await db().evaluationSection.updateMany({
        where: { evaluationId, sectionKey: "GW" },
        data: { inScope: true, outOfScopeReason: null },
      });
    }
  });

  it("refuses an unknown target by name, and another workspace's evaluation as not found", async () => {
    const actor = await sessionActor(owner.userId);
    const err = await evaluationReadiness(actor, owner.slug, evaluationId, { target: "iso-27001" }).catch(
      (e) => e,
    );
    expect(err.code).toBe("validation_failed");
    expect(err.issues).toEqual([{ field: "target", message: "unknown target catalogue" }]);
    const stranger = await createMember({ role: "owner" });
    const other = await evaluationReadiness(
      await sessionActor(stranger.userId),
      stranger.slug,
      evaluationId,
    ).catch((e) => e);
    expect(other.code).toBe("not_found");
  });

  it("projects a comparison onto a regulation: vendors × requirements, ranked by readiness", async () => {
    const other = await createEvaluationFixture(owner.slug); // nothing scored: unassessed, ranked last
    const actor = await sessionActor(owner.userId);
    const r = await comparisonReadiness(actor, owner.slug, {
      evaluations: `${other.evaluationId},${evaluationId}`,
      target: "nist-ir-8425",
    });
    expect(r.disclaimer).toMatch(/not a conformity assessment/);
    const [c] = r.crosswalks;
    expect(c.target.slug).toBe("nist-ir-8425");
    expect(c.requirements).toHaveLength(22);
    expect(c.vendors.map((v) => v.readiness)).toEqual([null, 75]);
    expect(c.ranking).toEqual([evaluationId, other.evaluationId]);
    const blind = await comparisonReadiness(await sessionActor(blindReviewer.userId), owner.slug, {
      evaluations: `${other.evaluationId},${evaluationId}`,
    });
    expect(blind.crosswalks).toHaveLength(3);
    expect(blind.crosswalks.every((x) => x.vendors.every((v) => v.readiness === null))).toBe(true);
    const bad = await comparisonReadiness(actor, owner.slug, { evaluations: evaluationId }).catch((e) => e);
    expect(bad.code).toBe("validation_failed");
    expect(bad.issues[0].field).toBe("evaluations");
  });
});
