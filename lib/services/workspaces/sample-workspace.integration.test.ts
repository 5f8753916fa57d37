import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { createMember, owaspCatalogue, sessionActor, tokenActor } from "../../testing/fixtures";
import { evaluationSummary } from "../evaluations/evaluation-summary";
import { cliLoadSample, loadSampleWorkspace, SAMPLE_WORKSPACE_NAME } from "./sample-workspace";
import { listSavedComparisons } from "../comparisons/saved-comparisons";

beforeAll(() => owaspCatalogue());

describe("sample workspace", () => {
  it("loads a labelled workspace with 20 scored frameworks, summaries and a saved comparison", async () => {
    const owner = await createMember({ role: "owner" });
    const actor = await sessionActor(owner.userId);
    const ws = await loadSampleWorkspace(actor);
    expect(ws).toMatchObject({
      name: SAMPLE_WORKSPACE_NAME,
      frameworks: 20,
      evaluations: 20,
      scores: 20 * 58 * 3,
    });
    expect(await db().score.count({ where: { workspaceId: ws.id } })).toBe(3480);
    expect(await db().scoreHistory.count({ where: { score: { workspaceId: ws.id } } })).toBe(3480);
    const final = await db().evaluation.findFirstOrThrow({
      where: { workspaceId: ws.id, status: "final" },
      select: { id: true },
    });
    const summary = await evaluationSummary(actor, ws.slug, final.id);
    expect(summary.overall).toBeGreaterThan(0);
    expect(summary.alpha).not.toBeNull();
    // The owner facilitates (the sample reviewers are assigned), so nothing is hidden from them.
    const inReview = await db().evaluation.findFirstOrThrow({
      where: { workspaceId: ws.id, status: "in_review" },
      select: { id: true },
    });
    const reviewing = await evaluationSummary(actor, ws.slug, inReview.id);
    expect(reviewing.sections.every((s) => !s.hidden)).toBe(true);
    expect(reviewing.overall).not.toBeNull();
    // Agreement as the evaluation pages show it: like a real panel, mostly reliable, a few
    // sections to discuss, one or two contested (the pure test pins the same on the generator).
    const shown = await db().evaluation.findMany({
      where: { workspaceId: ws.id, status: { not: "draft" } },
      select: { id: true },
    });
    const alphas: number[] = [];
    for (const e of shown)
      alphas.push(...(await evaluationSummary(actor, ws.slug, e.id)).sections.map((s) => s.alpha!));
    expect(alphas.filter((a) => a >= 0.667).length / alphas.length).toBeGreaterThanOrEqual(0.8);
    expect(alphas.filter((a) => a < 0.4).length).toBeGreaterThanOrEqual(1);
    expect(alphas.filter((a) => a < 0.4).length).toBeLessThanOrEqual(2);
    const [saved] = await listSavedComparisons(actor, ws.slug);
    expect(saved).toMatchObject({ name: "Sample shortlist (5 vendors)", vendors: 5 });
    expect(saved.top?.name).toBeTruthy();
    // The sample reviewers cannot sign in: disabled, with no usable password.
    const reviewers = await db().membership.findMany({
      where: { workspaceId: ws.id, role: "reviewer" },
      select: { user: { select: { disabledAt: true, email: true, placeholder: true, createdVia: true } } },
    });
    expect(reviewers).toHaveLength(3);
    expect(reviewers.every((r) => r.user.disabledAt && r.user.email.endsWith("@example.invalid"))).toBe(true);
    expect(reviewers.every((r) => r.user.placeholder && r.user.createdVia === "sample")).toBe(true);
    expect(
      await db().auditEvent.count({ where: { workspaceId: ws.id, action: "workspace.sample_loaded" } }),
    ).toBe(1);
  });

  it("is refused to API tokens and fills an existing workspace from the CLI", async () => {
    const owner = await createMember({ role: "owner" });
    const actor = await sessionActor(owner.userId);
    await expect(
      loadSampleWorkspace(await tokenActor(actor, owner.slug, ["read", "write"])),
    ).rejects.toMatchObject({ code: "unauthorized" });
    expect(await cliLoadSample(owner.slug)).toEqual({ frameworks: 20, evaluations: 20, scores: 3480 });
    await expect(cliLoadSample("no-such-workspace")).rejects.toMatchObject({ code: "not_found" });
  });
});
