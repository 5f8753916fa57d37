import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { createEvaluationFixture, type TestMember } from "../../testing/fixtures";
import { setAgreedScore } from "./agreed-scores";
import { createEvaluation } from "./evaluation-create";
import { evaluationActivity } from "./evaluation-activity";
import { evaluationSummary } from "./evaluation-summary";
import { changeEvaluationStatus } from "./evaluation-workflow";
import { listScores, saveScore, submitSection } from "./scores";
import { scoreAll, scoringWorld } from "./scores.fixture";

// Who sees which scores: blind until submitted, consensus and agreed values, activity, and what
// a new evaluation carries over from a previous one.
let owner: TestMember;
let ownerA: Actor, r1: Actor, r2: Actor, viewer: Actor;
let edge: string[];

beforeAll(async () => {
  ({ owner, ownerA, r1, r2, viewer, edge } = await scoringWorld());
});

describe("scores", () => {
  it("stay blind until the reviewer submits the section, then show everyone's, with alpha", async () => {
    const { evaluationId: ev } = await createEvaluationFixture(owner.slug);
    await saveScore(r1, owner.slug, ev, "EDGE-01", { value: 3, rationale: "TLS on by default" });
    await saveScore(r2, owner.slug, ev, "EDGE-01", { value: 1, rationale: "only with custom work" });
    const others = (a: Actor) =>
      listScores(a, owner.slug, ev).then((r) => r.scores.filter((s) => s.reviewerId !== a.userId));
    expect(await others(r1)).toEqual([]);
    expect(await others(r2)).toEqual([]);
    expect(await others(ownerA)).toEqual([]); // owners score too, so they are blind as well
    expect((await others(viewer)).map((s) => s.value).sort()).toEqual([1, 3]); // viewers cannot anchor anyone
    const blind = await evaluationSummary(r1, owner.slug, ev);
    expect(blind.sections.find((s) => s.key === "EDGE")).toMatchObject({
      hidden: true,
      score: null,
      alpha: null,
    });
    expect(blind.overall).toBeNull();

    await expect(submitSection(r1, owner.slug, ev, "EDGE")).rejects.toMatchObject({
      code: "conflict",
      message: /25 of 26 still open/,
    });
    await scoreAll(r1, owner.slug, ev, edge, (i) => (i === 0 ? 3 : i % 5));
    await scoreAll(r2, owner.slug, ev, edge, (i) => (i === 0 ? 1 : i % 5));
    await submitSection(r1, owner.slug, ev, "EDGE");
    expect((await others(r1)).length).toBe(26); // r1 now sees r2's scores
    expect(await others(r2)).toEqual([]); // r2 has not submitted: still blind
    await submitSection(r2, owner.slug, ev, "EDGE");
    const open = await evaluationSummary(r2, owner.slug, ev);
    const section = open.sections.find((s) => s.key === "EDGE")!;
    expect(section).toMatchObject({ hidden: false, submittedBy: 2, disagreements: 1 });
    expect(section.alpha).toBeGreaterThan(0.8);
    expect(section.score).toBeGreaterThan(0);
    expect(open.consensus["EDGE-01"]).toMatchObject({
      value: 2,
      spread: 2,
      disagreement: true,
      source: "median",
    });
    await expect(saveScore(r1, owner.slug, ev, "EDGE-02", { value: 4 })).rejects.toMatchObject({
      code: "conflict",
      message: /submitted/,
    });
  });

  it("let an owner record an agreed value that wins while the spread stays visible", async () => {
    const { evaluationId: ev } = await createEvaluationFixture(owner.slug);
    await scoreAll(r1, owner.slug, ev, edge, () => 4);
    await scoreAll(r2, owner.slug, ev, edge, () => 2);
    await submitSection(r1, owner.slug, ev, "EDGE");
    await submitSection(r2, owner.slug, ev, "EDGE");
    await expect(
      setAgreedScore(r1, owner.slug, ev, "EDGE-01", { value: 1, reason: "workshop" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await setAgreedScore(ownerA, owner.slug, ev, "EDGE-01", { value: 1, reason: "workshop on 26 Nov" });
    const s = await evaluationSummary(viewer, owner.slug, ev);
    expect(s.consensus["EDGE-01"]).toMatchObject({
      value: 1,
      source: "agreed",
      spread: 2,
      disagreement: true,
    });
    expect(
      await db().auditEvent.count({ where: { action: "consensus.agreed", targetId: `${ev}/EDGE-01` } }),
    ).toBe(1);
  });

  it("start a new evaluation from a previous one: the caller's own scores while it is in review, everyone's once final, marked carried over", async () => {
    const fixture = await createEvaluationFixture(owner.slug);
    await saveScore(r1, owner.slug, fixture.evaluationId, "CLOUD-03", {
      value: 3,
      rationale: "MFA built in",
    });
    await saveScore(r2, owner.slug, fixture.evaluationId, "CLOUD-03", { value: 1, rationale: "only TOTP" });
    const from = {
      frameworkId: fixture.frameworkId,
      catalogue: { slug: fixture.catalogue.slug, version: fixture.catalogue.version },
      fromEvaluationId: fixture.evaluationId,
    };
    const carried = async (id: string) =>
      (await db().score.findMany({ where: { evaluationId: id }, orderBy: { value: "asc" } })).map((c) => [
        c.reviewerId,
        c.value,
        c.carriedOver,
      ]);
    const own = await createEvaluation(r1, owner.slug, from);
    expect(await carried(own.id)).toEqual([[r1.userId, 3, true]]);
    const reconfirmed = await saveScore(r1, owner.slug, own.id, "CLOUD-03", {
      value: 3,
      rationale: "still true in 2.0",
    });
    expect(reconfirmed.carriedOver).toBe(false);
    await changeEvaluationStatus(ownerA, owner.slug, fixture.evaluationId, { status: "final" });
    const all = await createEvaluation(ownerA, owner.slug, from);
    expect(await carried(all.id)).toEqual([
      [r2.userId, 1, true],
      [r1.userId, 3, true],
    ]);
  });

  it("show progress counts to everyone but score history only where the blind rule allows", async () => {
    const { evaluationId: ev } = await createEvaluationFixture(owner.slug);
    await saveScore(r1, owner.slug, ev, "EDGE-01", { value: 4 });
    await saveScore(r2, owner.slug, ev, "EDGE-01", { value: 0 });
    const forR2 = await evaluationActivity(r2, owner.slug, ev);
    expect(forR2.history.map((h) => h.value)).toEqual([0]); // only r2's own change
    const edge = forR2.progress.find((s) => s.key === "EDGE")!;
    expect(edge.reviewers.find((r) => r.email === (r1 as Actor).email)).toMatchObject({
      scored: 1,
      submitted: false,
    });
    const forViewer = await evaluationActivity(viewer, owner.slug, ev);
    expect(forViewer.history.map((h) => h.value).sort()).toEqual([0, 4]);
  });
});
