import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import {
  addMembership,
  createEvaluationFixture,
  createMember,
  type TestMember,
} from "../../testing/fixtures";
import { changeEvaluationStatus } from "./evaluation-workflow";
import { listScores, saveScore } from "./scores";
import { scoringWorld } from "./scores.fixture";

// The save path: versions and If-Match, bad input, closed sections and evaluations, tenancy.
let owner: TestMember;
let ownerA: Actor, r1: Actor;

beforeAll(async () => {
  ({ owner, ownerA, r1 } = await scoringWorld());
});

describe("scores", () => {
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
