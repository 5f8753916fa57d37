import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import {
  addMembership,
  createEvaluationFixture,
  createMember,
  META,
  sessionActor,
} from "../../testing/fixtures";
import { createShareLink, openShareLink } from "../sharing/share-links";
import { sharedViewPage } from "../sharing/shared-view-page";
import { compareView } from "./compare-page";

type Member = Awaited<ReturnType<typeof createMember>>;
let owner: Member;
let blind: Member;
let strong: string;
let weak: string;

// Two reviewers score every criterion of `strong` 4 and 2 (consensus 3: readiness 75) and of
// `weak` 1 and 1 (25), and submit every section; `blind` has submitted nothing, so sees no value.
beforeAll(async () => {
  owner = await createMember({ role: "owner" });
  const second = await createMember({ role: "reviewer", slug: owner.slug });
  blind = await createMember({ role: "reviewer" });
  await addMembership(owner.workspaceId, blind.userId, "reviewer");
  const a = await createEvaluationFixture(owner.slug);
  const b = await createEvaluationFixture(owner.slug);
  [strong, weak] = [a.evaluationId, b.evaluationId];
  const criteria = await db().criterion.findMany({
    where: { catalogueId: a.catalogue.id },
    select: { key: true, section: { select: { key: true } } },
  });
  await db().score.createMany({
    data: [
      [strong, 4, 2],
      [weak, 1, 1],
    ].flatMap(([evaluationId, x, y]) =>
      [owner, second].flatMap((r, i) =>
        criteria.map((c) => ({
          workspaceId: owner.workspaceId,
          evaluationId: evaluationId as string,
          criterionKey: c.key,
          sectionKey: c.section.key,
          reviewerId: r.userId,
          value: (i === 0 ? x : y) as number,
          rationale: "Checked on a test build.",
        })),
      ),
    ),
  });
  await db().evaluationSection.updateMany({
    where: { evaluationId: { in: [strong, weak] } },
    data: { submittedByIds: [owner.userId, second.userId] },
  });
});

const view = async (who: Member, search: Record<string, string>) =>
  (await compareView(await sessionActor(who.userId), owner.slug, { e: `${weak},${strong}`, ...search }))
    .comparison!;

describe("the compare page's Regulations tab", () => {
  it("is absent unless the address asks for it; then it replaces the scores", async () => {
    const scores = await view(owner, {});
    expect(scores.crosswalk).toBeNull();
    expect(scores.scores).not.toBeNull();
    const tab = await view(owner, { xw: "eu-cra-annex-i" });
    expect(tab.scores).toBeNull();
    expect(tab.crosswalk?.state).toBe("shown");
  });

  it("ranks the vendors by readiness for the chosen regulation, with counts, matrix and the unlinked list", async () => {
    const tab = (await view(owner, { xw: "eu-cra-annex-i" })).crosswalk!;
    if (tab.state !== "shown") throw new Error(tab.state);
    expect(tab.targets.map((t) => t.slug).sort()).toEqual([
      "etsi-en-303-645",
      "eu-cra-annex-i",
      "nist-ir-8425",
    ]);
    const c = tab.crosswalk;
    expect(c.disclaimer).toMatch(/not a conformity assessment/);
    expect(c.readiness.ranking).toEqual([strong, weak]);
    expect(c.readiness.vendors.map((v) => v.readiness)).toEqual([25, 75]);
    const s = c.readiness.vendors[1];
    expect(s.counts.full + s.counts.partial).toBeGreaterThan(0);
    expect(s.counts.full + s.counts.partial + s.counts.notAssessed + s.counts.notInCatalogue).toBe(22);
    expect(c.notInCatalogue.map((r) => r.key)).toEqual(expect.arrayContaining(["II(5)", "II(6)"]));
    expect(c.notInCatalogue.every((r) => r.reason.length > 20)).toBe(true);
    expect(
      Object.values(s.cells)
        .filter((x) => x.readiness !== null)
        .every((x) => x.readiness === 75),
    ).toBe(true);
  });

  it("opens on the first regulation for xw=, and names an unknown one instead of failing", async () => {
    const first = (await view(owner, { xw: "" })).crosswalk!;
    expect(first.state).toBe("shown");
    const unknown = (await view(owner, { xw: "iso-27001" })).crosswalk!;
    expect(unknown.state).toBe("unknown");
    expect(unknown.state === "unknown" && unknown.message).toMatch(/iso-27001/);
    expect(unknown.targets).toHaveLength(3);
  });

  it("keeps the blind rule: a reviewer blind to every section sees no readiness built from them", async () => {
    const tab = (await view(blind, { xw: "nist-ir-8425" })).crosswalk!;
    if (tab.state !== "shown") throw new Error(tab.state);
    for (const v of tab.crosswalk.readiness.vendors) {
      expect(v.readiness).toBeNull();
      expect(v.counts.full + v.counts.partial).toBe(0);
      expect(Object.values(v.cells).every((c) => c.readiness === null)).toBe(true);
    }
  });
});

describe("a share snapshot of the Regulations tab", () => {
  const snapshotOf = async (id: string) =>
    (await db().shareLink.findUniqueOrThrow({ where: { id }, select: { snapshot: true } }))
      .snapshot as Record<string, unknown>;

  it("freezes the crosswalk only when the tab is shown, and the shared page shows it only then", async () => {
    const actor = await sessionActor(owner.userId);
    const plain = await createShareLink(actor, owner.slug, { evaluationIds: [weak, strong] });
    const plainSnap = await snapshotOf(plain.id);
    expect(plainSnap).not.toHaveProperty("crosswalk");
    expect(JSON.stringify(plainSnap)).not.toMatch(/eu-cra-annex-i|conformity/);
    const page = await sharedViewPage(plain.token, META, { xw: "eu-cra-annex-i" });
    expect(page).toMatchObject({ status: "open", crosswalk: null, showCrosswalk: false });

    const link = await createShareLink(actor, owner.slug, {
      evaluationIds: [weak, strong],
      crosswalk: "nist-ir-8425",
    });
    const opened = await openShareLink(link.token, META);
    expect(opened?.crosswalk?.readiness.target.slug).toBe("nist-ir-8425");
    expect(opened?.crosswalk?.readiness.ranking).toEqual([strong, weak]);
    const scores = await sharedViewPage(link.token, META, {});
    expect(scores).toMatchObject({ status: "open", showCrosswalk: false });
    const shown = await sharedViewPage(link.token, META, { xw: "" });
    if (shown.status !== "open") throw new Error(shown.status);
    expect(shown.showCrosswalk).toBe(true);
    expect(shown.crosswalk?.readiness.vendors.map((v) => v.readiness)).toEqual([25, 75]);
    expect(shown.shared).not.toHaveProperty("crosswalk");
  });

  it("is frozen: later scores do not change it", async () => {
    const actor = await sessionActor(owner.userId);
    const link = await createShareLink(actor, owner.slug, {
      evaluationIds: [weak, strong],
      crosswalk: "eu-cra-annex-i",
    });
    await db().score.updateMany({ where: { evaluationId: weak }, data: { value: 4 } });
    try {
      const live = (await view(owner, { xw: "eu-cra-annex-i" })).crosswalk!;
      expect(live.state === "shown" && live.crosswalk.readiness.vendors[0].readiness).toBe(100);
      const opened = await openShareLink(link.token, META);
      expect(opened?.crosswalk?.readiness.vendors[0].readiness).toBe(25);
    } finally {
      await db().score.updateMany({ where: { evaluationId: weak }, data: { value: 1 } });
    }
  });

  it("is made from what the sharer may see, and refuses an unknown regulation by field", async () => {
    const link = await createShareLink(await sessionActor(blind.userId), owner.slug, {
      evaluationIds: [weak, strong],
      crosswalk: "etsi-en-303-645",
    });
    const opened = await openShareLink(link.token, META);
    expect(opened?.crosswalk?.readiness.vendors.every((v) => v.readiness === null)).toBe(true);
    const err = await createShareLink(await sessionActor(owner.userId), owner.slug, {
      evaluationIds: [weak, strong],
      crosswalk: "iso-27001",
    }).catch((e) => e);
    expect(err.code).toBe("validation_failed");
    expect(err.issues).toEqual([{ field: "crosswalk", message: "unknown target catalogue" }]);
  });
});
