import { beforeAll, describe, expect, it } from "vitest";
import { comparisonSummary } from "../../compare/summary";
import { db } from "../../db";
import { DEFAULT_SCALE } from "../../schemas/catalogue";
import {
  createEvaluationFixture,
  createMember,
  owaspCatalogue,
  sessionActor,
  type TestMember,
} from "../../testing/fixtures";
import { loadCellReviews, loadComparison } from "./comparisons";
import { workspaceDashboard } from "../workspaces/dashboard";
import { evaluationSummary } from "../evaluations/evaluation-summary";
import { listSavedComparisons, saveComparison } from "./saved-comparisons";
import { saveScore, submitSection } from "../evaluations/scores";

let owner: TestMember;
let reviewer: TestMember;

/** Scores every criterion of GW with `value` as `who`, and submits the section. */
async function scoreGateway(who: TestMember, evaluationId: string, value: number) {
  const actor = await sessionActor(who.userId);
  const gw = await db().criterion.findMany({
    where: { section: { key: "GW", catalogue: { slug: "owasp-iot-framework" } } },
    select: { key: true },
  });
  for (const c of gw)
    await saveScore(actor, who.slug, evaluationId, c.key, {
      value,
      rationale: `gw ${value}`,
      evidence: [{ url: "https://v.example/doc", grade: "vendor_claim" }],
    });
  await submitSection(actor, who.slug, evaluationId, "GW");
}

/** Only the Gateway in scope, so a reviewer who submitted it sees the whole evaluation. */
async function gatewayOnly(slug: string) {
  const { evaluationId } = await createEvaluationFixture(slug);
  await db().evaluationSection.updateMany({
    where: { evaluationId, sectionKey: { not: "GW" } },
    data: { inScope: false, outOfScopeReason: "gateway only" },
  });
  return evaluationId;
}

beforeAll(async () => {
  await owaspCatalogue();
  owner = await createMember({ role: "owner" });
  reviewer = await createMember({ role: "reviewer", slug: owner.slug });
});

describe("comparisons", () => {
  it("compare vendors with the same numbers as each evaluation's summary, and keep the blind rule", async () => {
    const [a, b] = [await gatewayOnly(owner.slug), await gatewayOnly(owner.slug)];
    await scoreGateway(owner, a, 4);
    await scoreGateway(owner, b, 2);
    const ownerActor = await sessionActor(owner.userId);
    const data = await loadComparison(ownerActor, owner.slug, [a, b]);
    expect(data.vendors.map((v) => v.cells["GW-01"]?.value)).toEqual([4, 2]);
    expect(data.vendors[0].cells["GW-01"]).toMatchObject({
      lowConfidence: true,
      reviews: [expect.objectContaining({ rationale: "gw 4" })],
    });
    const summary = comparisonSummary(data, "industrial-gateway")!;
    expect(summary.vendors.map((v) => v.evaluationId)).toEqual([a, b]);
    for (const v of summary.vendors) {
      const single = await evaluationSummary(ownerActor, owner.slug, v.evaluationId, {
        profile: "industrial-gateway",
      });
      expect(v.overall).toBeCloseTo(single.overall!, 10);
      expect(v.knockedOut).toBe(single.disqualified);
    }
    expect(summary.vendors[1].knockedOut).toBe(true); // GW-01 at 2 fails the threshold of 3

    // The reviewer has not submitted GW: no consensus, no reviews, for either vendor.
    const blind = await loadComparison(await sessionActor(reviewer.userId), owner.slug, [a, b]);
    expect(
      blind.vendors.every(
        (v) => Object.keys(v.cells).length === 0 && v.sections.find((s) => s.key === "GW")!.hidden,
      ),
    ).toBe(true);
    expect(JSON.stringify(blind)).not.toContain("gw 4");
  });

  it("loads the compare page's data without reviews, and one opened cell's reviews under the same blind rule", async () => {
    const [a, b] = [await gatewayOnly(owner.slug), await gatewayOnly(owner.slug)];
    await scoreGateway(owner, a, 3);
    await scoreGateway(owner, b, 1);
    const ownerActor = await sessionActor(owner.userId);
    const full = await loadComparison(ownerActor, owner.slug, [a, b]);
    const lean = await loadComparison(ownerActor, owner.slug, [a, b], { reviews: false });
    expect(lean.reviewsOnDemand).toBe(true);
    expect(full.reviewsOnDemand).toBeUndefined();
    // Same consensus, flags (low confidence is computed in SQL for the lean load) and sections; no reviews.
    const strip = (d: typeof full) =>
      d.vendors.map((v) => ({
        ...v,
        cells: Object.fromEntries(Object.entries(v.cells).map(([k, c]) => [k, { ...c, reviews: [] }])),
      }));
    expect(strip(lean)).toEqual(strip(full));
    expect(lean.vendors[0].cells["GW-01"]).toMatchObject({ value: 3, lowConfidence: true, reviews: [] });
    expect(JSON.stringify(lean)).not.toContain("gw 3");

    const cell = await loadCellReviews(ownerActor, owner.slug, a, "GW-01");
    expect(cell.reviews).toEqual(full.vendors[0].cells["GW-01"].reviews);
    expect(cell.reviews).toEqual([
      expect.objectContaining({
        rationale: "gw 3",
        value: 3,
        evidence: [{ url: "https://v.example/doc", grade: "vendor_claim" }],
      }),
    ]);
    // Blind: the reviewer has not submitted GW. Out of scope, unknown, or another workspace's: 404.
    const blindActor = await sessionActor(reviewer.userId);
    await expect(loadCellReviews(blindActor, owner.slug, a, "GW-01")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(loadCellReviews(ownerActor, owner.slug, a, "EDGE-01")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(loadCellReviews(ownerActor, owner.slug, a, "NOPE-99")).rejects.toMatchObject({
      code: "not_found",
    });
    const stranger = await createMember({ role: "owner" });
    await expect(
      loadCellReviews(await sessionActor(stranger.userId), owner.slug, a, "GW-01"),
    ).rejects.toMatchObject({ code: "not_found" });
    // After submitting, the reviewer sees the owner's review too.
    await scoreGateway(reviewer, a, 2);
    const seen = await loadCellReviews(blindActor, owner.slug, a, "GW-01");
    expect(seen.reviews.map((r) => r.rationale).sort()).toEqual(["gw 2", "gw 3"]);
  });

  it("refuses other catalogue versions clearly, and another workspace's evaluations as not found", async () => {
    const a = await gatewayOnly(owner.slug);
    const other = await db().catalogue.create({
      data: {
        slug: "future-catalogue",
        version: `2099-${Math.random().toString(36).slice(2, 8)}`,
        title: "OWASP IoT (future)",
        publisher: "Test",
        scale: DEFAULT_SCALE,
        sourceFormat: "oscal",
        sourceDigest: "0".repeat(64),
        status: "published",
        publishedAt: new Date(),
      },
      select: { id: true },
    });
    const ws = await db().workspace.findUniqueOrThrow({ where: { slug: owner.slug }, select: { id: true } });
    const fw = await db().framework.create({
      data: {
        workspaceId: ws.id,
        name: "Future SDK",
        vendor: "V",
        productVersion: "9",
        componentTypes: ["edge"],
      },
      select: { id: true },
    });
    const future = await db().evaluation.create({
      data: { workspaceId: ws.id, frameworkId: fw.id, catalogueId: other.id, createdById: owner.userId },
      select: { id: true },
    });
    const actor = await sessionActor(owner.userId);
    await expect(loadComparison(actor, owner.slug, [a, future.id])).rejects.toMatchObject({
      code: "validation_failed",
      message: expect.stringMatching(/one catalogue version/),
      issues: [{ field: "evaluations" }],
    });

    const stranger = await createMember({ role: "owner" });
    const theirs = await gatewayOnly(stranger.slug);
    await expect(loadComparison(actor, owner.slug, [a, theirs])).rejects.toMatchObject({ code: "not_found" });
    await expect(
      loadComparison(await sessionActor(stranger.userId), owner.slug, [a, a]),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("saves a comparison with its view, lists it with its leader on the dashboard, and refuses bad ones by field", async () => {
    const [a, b] = [await gatewayOnly(owner.slug), await gatewayOnly(owner.slug)];
    await scoreGateway(owner, a, 1);
    await scoreGateway(owner, b, 3);
    const actor = await sessionActor(owner.userId);
    const saved = await saveComparison(actor, owner.slug, {
      name: `Shortlist ${a.slice(-6)}`,
      description: "for the board",
      query: `e=${a},${b}&p=industrial-gateway&diff=1&junk=1`,
    });
    expect(saved.query).toBe(`e=${a},${b}&p=industrial-gateway&diff=1`);
    const list = await listSavedComparisons(actor, owner.slug);
    const mine = list.find((c) => c.id === saved.id)!;
    expect(mine.top?.name).toMatch(/^FW /);
    const bName = (
      await db().evaluation.findUniqueOrThrow({
        where: { id: b },
        select: { framework: { select: { name: true } } },
      })
    ).framework.name;
    expect(mine.top?.name).toContain(bName);
    const dash = await workspaceDashboard(actor, owner.slug);
    expect(dash.comparisons.map((c) => c.id)).toContain(saved.id);
    expect(dash.activity.map((x) => x.what)).toContain("saved a comparison");
    expect(dash.evaluations.in_review).toBeGreaterThanOrEqual(2);

    const bad = await Promise.all([
      saveComparison(actor, owner.slug, { name: "x", query: `e=${a},${b}` }).catch((e) => e),
      saveComparison(actor, owner.slug, { name: "One only", query: `e=${a}` }).catch((e) => e),
      saveComparison(actor, owner.slug, { name: `Shortlist ${a.slice(-6)}`, query: `e=${a},${b}` }).catch(
        (e) => e,
      ),
    ]);
    expect(bad.map((e) => e.issues?.[0]?.field)).toEqual(["name", "query", "name"]);
    await expect(
      saveComparison(
        await sessionActor((await createMember({ role: "viewer", slug: owner.slug })).userId),
        owner.slug,
        { name: "Viewer's", query: `e=${a},${b}` },
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
