import type { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { actorFromBearer } from "../../auth/api-token";
import { db } from "../../db";
import { countStatements } from "../../testing/statement-count";
import { createEvaluationFixture, createMember, sessionActor, type TestMember } from "../../testing/fixtures";
import { changeEvaluationStatus } from "./evaluations";
import { createToken } from "../accounts/api-tokens";
import { writeScore } from "./score-write";
import { saveScore } from "./scores";

/**
 * The score save is the product's hottest write: on the happy path it costs three database
 * round trips (token + membership, evaluation state, one write statement), counted on the app
 * pool's client class, which Prisma's pg adapter and the plain-SQL paths both use.
 */
let owner: TestMember;
let token: string;
let evaluationId: string;

beforeAll(async () => {
  owner = await createMember({ role: "owner" });
  const actor = await sessionActor(owner.userId);
  token = (
    await createToken(actor, owner.slug, { name: "round-trips", scopes: ["read", "write"], expiresInDays: 1 })
  ).token;
  evaluationId = (await createEvaluationFixture(owner.slug)).evaluationId;
});

/** The save's round trips: every statement it sends (lib/testing/statement-count.ts skips the sealer's). */
async function counted<T>(fn: () => Promise<T>): Promise<{ result: T; trips: number }> {
  const { result, count } = await countStatements(fn);
  return { result, trips: count };
}

/** What PUT /api/v1/evaluations/{id}/scores/{criterionKey} runs: the bearer lookup, then the service. */
async function apiSave(criterionKey: string, body: unknown, ifMatch?: number) {
  const headers = new Headers({ authorization: `Bearer ${token}`, "user-agent": "vitest" });
  const actor = await actorFromBearer({ headers } as unknown as NextRequest);
  return saveScore(actor, owner.slug, evaluationId, criterionKey, body, ifMatch);
}

describe("score save round trips", () => {
  it("cost at most 3 for a first save and an update with If-Match (warm: catalogue cached, token recently used)", async () => {
    await apiSave("EDGE-01", { value: 1 }); // warms the catalogue cache and the token's lastUsedAt
    const first = await counted(() => apiSave("EDGE-02", { value: 2, rationale: "first" }, 0));
    expect(first.result.version).toBe(1);
    expect(first.trips).toBeLessThanOrEqual(3);
    expect(first.trips).toBeGreaterThan(0); // the counter sees this path at all
    const update = await counted(() => apiSave("EDGE-02", { value: 3, rationale: "second" }, 1));
    expect(update.result).toMatchObject({ version: 2, value: 3, rationale: "second" });
    expect(update.trips).toBeLessThanOrEqual(3);
    const overwrite = await counted(() => apiSave("EDGE-02", { value: 4 }));
    expect(overwrite.result.version).toBe(3);
    expect(overwrite.trips).toBeLessThanOrEqual(3);
    // And the save is whole: score, history row, draft → in review, audit event.
    const row = await db().score.findFirstOrThrow({ where: { evaluationId, criterionKey: "EDGE-02" } });
    expect(await db().scoreHistory.count({ where: { scoreId: row.id } })).toBe(3);
    expect((await db().evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).status).toBe(
      "in_review",
    );
    const events = await db().auditEvent.findMany({
      where: { action: "score.saved", targetId: `${evaluationId}/EDGE-02` },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [null, { version: 1, sectionKey: "EDGE", criterionKey: "EDGE-02" }],
      [{ version: 1 }, { version: 2, sectionKey: "EDGE", criterionKey: "EDGE-02" }],
      [{ version: 2 }, { version: 3, sectionKey: "EDGE", criterionKey: "EDGE-02" }],
    ]);
    expect(events[0]).toMatchObject({
      actorId: owner.userId,
      actorEmail: owner.email,
      workspaceId: owner.workspaceId,
      targetType: "score",
      userAgent: "vitest",
    });
  });

  it("re-check every rule in the write statement itself: it writes nothing when one no longer holds", async () => {
    const ownerActor = await sessionActor(owner.userId);
    const { evaluationId: ev } = await createEvaluationFixture(owner.slug);
    const key = {
      workspaceId: owner.workspaceId,
      evaluationId: ev,
      criterionKey: "GW-01",
      sectionKey: "GW",
      reviewerId: owner.userId,
    };
    const input = { value: 2, notApplicable: false, rationale: "", evidence: [] };
    const section = { evaluationId_sectionKey: { evaluationId: ev, sectionKey: "GW" } };
    const written = async () => db().score.count({ where: { evaluationId: ev } });
    // Each rule changed behind the caller's back (after its check, before its write):
    await db().evaluationSection.update({ where: section, data: { inScope: false } });
    expect(await writeScore(ownerActor, key, input, undefined)).toBeNull();
    await db().evaluationSection.update({
      where: section,
      data: { inScope: true, assigneeIds: [crypto.randomUUID()] },
    });
    expect(await writeScore(ownerActor, key, input, undefined)).toBeNull();
    await db().evaluationSection.update({
      where: section,
      data: { assigneeIds: [], submittedByIds: [owner.userId] },
    });
    expect(await writeScore(ownerActor, key, input, undefined)).toBeNull();
    await db().evaluationSection.update({ where: section, data: { submittedByIds: [] } });
    await changeEvaluationStatus(ownerActor, owner.slug, ev, { status: "final" });
    expect(await writeScore(ownerActor, key, input, undefined)).toBeNull();
    expect(
      await writeScore(ownerActor, { ...key, workspaceId: crypto.randomUUID() }, input, undefined),
    ).toBeNull();
    expect(await written()).toBe(0);
    await changeEvaluationStatus(ownerActor, owner.slug, ev, {
      status: "in_review",
      reason: "more evidence",
    });
    expect(await writeScore(ownerActor, key, input, 3)).toBeNull(); // If-Match 3 on a score never saved
    expect(await writeScore(ownerActor, key, input, 0)).toMatchObject({ version: 1 });
    expect(await writeScore(ownerActor, key, input, 0)).toBeNull(); // stale: it is at version 1 now
    expect(await written()).toBe(1);
  });
});
