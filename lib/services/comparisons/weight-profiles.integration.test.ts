import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { createEvaluationFixture, createMember, owaspCatalogue, sessionActor } from "../../testing/fixtures";
import { evaluationSummary } from "../evaluations/evaluation-summary";
import { saveScore, submitSection } from "../evaluations/scores";
import { createWeightProfile, deleteWeightProfile, listWeightProfiles } from "./weight-profiles";

describe("weight profiles", () => {
  // Profile keys are checked against the catalogues, so one must be loaded (as in the app).
  beforeAll(() => owaspCatalogue());

  it("lists the presets and custom profiles; a custom profile changes the summary and its knock-outs", async () => {
    const owner = await createMember({ role: "owner" });
    const actor = await sessionActor(owner.userId);
    const { id } = await createWeightProfile(actor, owner.slug, {
      name: "Gateway heavy",
      sectionWeights: { GW: 5, EDGE: 0, CLOUD: 0, MOBILE: 0 },
      knockouts: [{ criterionKey: "GW-01", threshold: 3 }],
    });
    const names = (await listWeightProfiles(actor, owner.slug)).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Equal weights", "Gateway heavy"]));
    expect(names.length).toBeGreaterThanOrEqual(5);

    const { evaluationId } = await createEvaluationFixture(owner.slug);
    // Only the Gateway in scope: the owner must not be blind to any section for an overall score.
    await db().evaluationSection.updateMany({
      where: { evaluationId, sectionKey: { not: "GW" } },
      data: { inScope: false, outOfScopeReason: "gateway only" },
    });
    const gw = await db().criterion.findMany({
      where: { section: { key: "GW", catalogue: { slug: "owasp-iot-framework" } } },
      select: { key: true },
    });
    for (const c of gw)
      await saveScore(actor, owner.slug, evaluationId, c.key, { value: c.key === "GW-01" ? 1 : 4 });
    await submitSection(actor, owner.slug, evaluationId, "GW");
    const custom = await evaluationSummary(actor, owner.slug, evaluationId, { profile: id });
    expect(custom.profile.name).toBe("Gateway heavy");
    expect(custom.overall).toBeCloseTo(((7 * 4 + 1) / (8 * 4)) * 100, 5);
    expect(custom.knockouts).toEqual([expect.objectContaining({ criterionKey: "GW-01", status: "fail" })]);
    expect(custom.disqualified).toBe(true);

    // Criterion weights: GW-01 (scored 1) counts three times within its section.
    const heavy = await createWeightProfile(actor, owner.slug, {
      name: "GW-01 heavy",
      sectionWeights: { GW: 1, EDGE: 0, CLOUD: 0, MOBILE: 0 },
      criterionWeights: { "GW-01": 3 },
    });
    const weighted = await evaluationSummary(actor, owner.slug, evaluationId, { profile: heavy.id });
    expect(weighted.overall).toBeCloseTo(((7 * 4 + 3 * 1) / (10 * 4)) * 100, 5);

    await deleteWeightProfile(actor, owner.slug, { profileId: id });
    await expect(evaluationSummary(actor, owner.slug, evaluationId, { profile: id })).rejects.toMatchObject({
      code: "validation_failed",
    });
  });

  it("refuses bad profiles by field, and reviewers cannot create them", async () => {
    const owner = await createMember({ role: "owner" });
    const actor = await sessionActor(owner.userId);
    const cases: Array<[unknown, string]> = [
      [{ name: "x" }, "name"],
      [{ name: "Negative", sectionWeights: { EDGE: -1 } }, "sectionWeights.EDGE"],
      [
        { name: "Too high", knockouts: [{ criterionKey: "EDGE-01", threshold: 7 }] },
        "knockouts[0].threshold",
      ],
      [{ name: "Cloud-only platform" }, "name"],
      [{ name: "Typo section", sectionWeights: { EDGEE: 2 } }, "sectionWeights.EDGEE"],
      [{ name: "Typo criterion", criterionWeights: { "EDGE-99": 2 } }, "criterionWeights.EDGE-99"],
      [
        { name: "Typo knock-out", knockouts: [{ criterionKey: "GW-99", threshold: 2 }] },
        "knockouts[0].criterionKey",
      ],
    ];
    for (const [body, field] of cases) {
      const err = await createWeightProfile(actor, owner.slug, body).catch((e) => e);
      expect(
        err.issues.map((i: { field: string }) => i.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    const reviewer = await createMember({ role: "reviewer", slug: owner.slug });
    await expect(
      createWeightProfile(await sessionActor(reviewer.userId), owner.slug, { name: "Mine" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await db().weightProfile.count({ where: { workspaceId: owner.workspaceId } })).toBe(0);
  });
});
