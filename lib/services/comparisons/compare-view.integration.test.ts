import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { createEvaluationFixture, createMember, owaspCatalogue, sessionActor } from "../../testing/fixtures";
import { compareView } from "./compare-page";

/** The compare page's view model from its address: the comparison, packed, with its sensitivity. */
let owner: Actor;
let viewer: Actor;
let slug: string;
let ids: string[];

beforeAll(async () => {
  await owaspCatalogue();
  const m = await createMember({ role: "owner" });
  slug = m.slug;
  owner = await sessionActor(m.userId);
  viewer = await sessionActor((await createMember({ role: "viewer", slug })).userId);
  ids = [
    (await createEvaluationFixture(slug)).evaluationId,
    (await createEvaluationFixture(slug)).evaluationId,
  ];
});

describe("compareView", () => {
  it("packs the comparison in the address, with the sensitivity for its profile and what it is narrowed to", async () => {
    const vm = await compareView(owner, slug, { e: ids.join(","), p: "equal" });
    expect(vm.selected).toEqual(ids);
    expect(vm.problem).toBeNull();
    expect(vm.canWrite).toBe(true);
    expect(vm.comparison?.scores?.packed.vendors.map((v) => v.evaluationId)).toEqual(ids);
    expect(vm.comparison?.scores?.sensitivity.profileId).toBe("equal");
    expect(vm.comparison?.narrowedTo).toMatch(/ 2016-03-18$/);
    expect(vm.evaluations.length).toBeGreaterThanOrEqual(2);
  });

  it("saving and sharing follow the policy table; a selection of one is a problem, not a comparison", async () => {
    expect((await compareView(viewer, slug, { e: ids })).canWrite).toBe(false);
    const one = await compareView(owner, slug, { e: ids[0] });
    expect(one).toMatchObject({ comparison: null, problem: "Choose at least two evaluations to compare." });
  });
});
