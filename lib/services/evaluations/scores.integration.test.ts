import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import {
  addMembership,
  createEvaluationFixture,
  createMember,
  owaspCatalogue,
  sessionActor,
  type TestMember,
} from "../../testing/fixtures";
import { setAgreedScore } from "./agreed-scores";
import { evaluationActivity } from "./evaluation-activity";
import { evaluationSummary } from "./evaluation-summary";
import { changeEvaluationStatus, createEvaluation } from "./evaluations";
import { listScores, saveScore, submitSection } from "./scores";

let owner: TestMember;
let ownerA: Actor, r1: Actor, r2: Actor, viewer: Actor;
let edge: string[];

async function member(role: "reviewer" | "viewer") {
  const m = await createMember({ role, slug: owner.slug });
  return sessionActor(m.userId);
}

async function scoreAll(
  actor: Actor,
  slug: string,
  evId: string,
  keys: string[],
  value: (i: number) => number,
) {
  for (const [i, key] of keys.entries())
    await saveScore(actor, slug, evId, key, { value: value(i), rationale: `because ${i}` });
}

beforeAll(async () => {
  owner = await createMember({ role: "owner" });
  ownerA = await sessionActor(owner.userId);
  [r1, r2, viewer] = [await member("reviewer"), await member("reviewer"), await member("viewer")];
  await owaspCatalogue();
  edge = (
    await db().criterion.findMany({
      where: { section: { key: "EDGE", catalogue: { slug: "owasp-iot-framework" } } },
      orderBy: { position: "asc" },
      select: { key: true },
    })
  ).map((c) => c.key);
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

  it("never lose an update: two saves of the same version give exactly one 409 with the current score", async () => {
    const { evaluationId: ev } = await createEvaluationFixture(owner.slug);
    const first = await saveScore(r1, owner.slug, ev, "GW-01", { value: 2 }, 0);
    expect(first.version).toBe(1);
    const results = await Promise.allSettled([
      saveScore(r1, owner.slug, ev, "GW-01", { value: 3 }, 1),
      saveScore(r1, owner.slug, ev, "GW-01", { value: 4 }, 1),
    ]);
    const rejected = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toMatchObject({ code: "conflict", details: { current: { version: 2 } } });
    const row = await db().score.findFirstOrThrow({ where: { evaluationId: ev, criterionKey: "GW-01" } });
    expect(row.version).toBe(2);
    expect(await db().scoreHistory.count({ where: { scoreId: row.id } })).toBe(2);
    await expect(saveScore(r1, owner.slug, ev, "GW-01", { value: 1 }, 1)).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("without If-Match, concurrent saves of one score all land, one after the other", async () => {
    const { evaluationId: ev } = await createEvaluationFixture(owner.slug);
    const results = await Promise.allSettled(
      [1, 2, 3].map((v) => saveScore(r1, owner.slug, ev, "GW-02", { value: v })),
    );
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    const row = await db().score.findFirstOrThrow({ where: { evaluationId: ev, criterionKey: "GW-02" } });
    expect(row.version).toBe(3);
    expect(await db().scoreHistory.count({ where: { scoreId: row.id } })).toBe(3);
  });

  it("refuse bad input by name and change nothing", async () => {
    const { evaluationId: ev } = await createEvaluationFixture(owner.slug);
    const count = () => db().score.count({ where: { evaluationId: ev } });
    const cases: Array<[string, unknown, RegExp | string, string]> = [
      ["EDGE-01", { value: 5 }, "validation_failed", "value"],
      ["EDGE-01", { value: null, notApplicable: true }, "validation_failed", "rationale"],
      [
        "EDGE-01",
        { value: 2, evidence: [{ url: "javascript:alert(1)", grade: "tested" }] },
        "validation_failed",
        "evidence[0].url",
      ],
      [
        "EDGE-01",
        { value: 2, evidence: [{ url: "https://x.example", grade: "rumour" }] },
        "validation_failed",
        "evidence[0].grade",
      ],
      ["EDGE-99", { value: 2 }, "not_found", "criterionKey"],
    ];
    for (const [key, body, code, field] of cases) {
      const err = await saveScore(r1, owner.slug, ev, key, body).catch((e) => e);
      expect(err, JSON.stringify(body)).toMatchObject({ code });
      expect(err.issues.map((i: { field: string }) => i.field)).toContain(field);
    }
    await db().evaluationSection.update({
      where: { evaluationId_sectionKey: { evaluationId: ev, sectionKey: "MOBILE" } },
      data: { inScope: false, outOfScopeReason: "no app" },
    });
    await expect(saveScore(r1, owner.slug, ev, "MOBILE-01", { value: 2 })).rejects.toMatchObject({
      code: "conflict",
      message: /out of scope/,
    });
    await changeEvaluationStatus(ownerA, owner.slug, ev, { status: "final" });
    await expect(saveScore(r1, owner.slug, ev, "EDGE-01", { value: 2 })).rejects.toMatchObject({
      code: "conflict",
      message: /final/,
    });
    await expect(
      changeEvaluationStatus(ownerA, owner.slug, ev, { status: "in_review" }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    expect(await count()).toBe(0);
    await changeEvaluationStatus(ownerA, owner.slug, ev, {
      status: "in_review",
      reason: "vendor sent new docs",
    });
    await expect(saveScore(r1, owner.slug, ev, "EDGE-01", { value: 2 })).resolves.toMatchObject({
      version: 1,
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

  it("is 404 for another workspace's evaluation", async () => {
    const other = await createMember({ role: "owner" });
    await addMembership(other.workspaceId, r1.userId, "reviewer");
    const { evaluationId } = await createEvaluationFixture(other.slug);
    await expect(saveScore(r1, owner.slug, evaluationId, "EDGE-01", { value: 1 })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(listScores(r1, owner.slug, evaluationId)).rejects.toMatchObject({ code: "not_found" });
  });
});
