import { describe, expect, it } from "vitest";
import { GET as getEvaluation, PATCH as patchEvaluation } from "@/app/api/v1/evaluations/[id]/route";
import { POST as postFramework } from "@/app/api/v1/frameworks/route";
import { GET as getFramework, PATCH as patchFramework } from "@/app/api/v1/frameworks/[id]/route";
import { db } from "../db";
import { call, memberWithToken } from "../testing/api-calls";
import { createEvaluationFixture, createMember, suffix } from "../testing/fixtures";

const framework = (name: string) => ({ name, vendor: "V", productVersion: "1", componentTypes: ["edge"] });

describe("Idempotency-Key on creating POSTs", () => {
  it("replays the first answer for a retry with the same key and body: one framework, one key row", async () => {
    const owner = await memberWithToken("owner");
    const key = `k-${suffix()}`;
    const name = `Idem ${suffix()}`;
    const post = () =>
      call(postFramework, "POST", "/api/v1/frameworks", {
        token: owner.token,
        body: framework(name),
        headers: { "Idempotency-Key": key },
      });
    const first = await post();
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await post();
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    // Concurrent retries: the write of the loser rolls back, it answers the winner's result.
    const [a, b] = await Promise.all([post(), post()]);
    expect([a.body.id, b.body.id]).toEqual([first.body.id, first.body.id]);
    expect(await db().framework.count({ where: { workspaceId: owner.workspaceId, name } })).toBe(1);
    expect(await db().idempotencyKey.count({ where: { key } })).toBe(1);
  });

  it("two clients racing with a new key create once", async () => {
    const owner = await memberWithToken("owner");
    const name = `Race ${suffix()}`;
    const headers = { "Idempotency-Key": `race-${suffix()}` };
    const answers = await Promise.all(
      [0, 1, 2].map(() =>
        call(postFramework, "POST", "/api/v1/frameworks", {
          token: owner.token,
          body: framework(name),
          headers,
        }),
      ),
    );
    expect(new Set(answers.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(answers.map((r) => r.body.id)).size).toBe(1);
    expect(await db().framework.count({ where: { workspaceId: owner.workspaceId, name } })).toBe(1);
  });

  it("refuses the key with another body (422 naming Idempotency-Key) and a malformed key (400); writes nothing", async () => {
    const owner = await memberWithToken("owner");
    const headers = { "Idempotency-Key": `k-${suffix()}` };
    const base = { token: owner.token, headers };
    expect(
      (await call(postFramework, "POST", "/api/v1/frameworks", { ...base, body: framework("A") })).status,
    ).toBe(201);
    const reused = await call(postFramework, "POST", "/api/v1/frameworks", { ...base, body: framework("B") });
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe("idempotency_key_reused");
    expect(reused.body.error.issues[0].field).toBe("Idempotency-Key");
    const bad = await call(postFramework, "POST", "/api/v1/frameworks", {
      token: owner.token,
      body: framework("C"),
      headers: { "Idempotency-Key": "has space" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].field).toBe("Idempotency-Key");
    const names = await db().framework.findMany({
      where: { workspaceId: owner.workspaceId },
      select: { name: true },
    });
    expect(names.map((f) => f.name)).toEqual(["A"]);
  });

  it("keys are per user: another member's same key creates its own; an expired key is swept and runs again", async () => {
    const owner = await memberWithToken("owner");
    const reviewer = await memberWithToken("reviewer", owner.slug);
    const key = `k-${suffix()}`;
    const post = (token: string) =>
      call(postFramework, "POST", "/api/v1/frameworks", {
        token,
        body: framework("Same"),
        headers: { "Idempotency-Key": key },
      });
    const mine = await post(owner.token);
    const theirs = await post(reviewer.token);
    expect(theirs.body.id).not.toBe(mine.body.id);
    await db().idempotencyKey.updateMany({
      where: { key },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const later = await post(owner.token);
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(mine.body.id);
    // The expired rows are gone; only the new answer is kept.
    const rows = await db().idempotencyKey.findMany({ where: { key }, select: { body: true } });
    expect(rows.map((r) => (r.body as { id: string }).id)).toEqual([later.body.id]);
  });
});

describe("If-Match on PATCH", () => {
  it("frameworks: ETag from GET, a change bumps it, a stale If-Match is a 409 with current and changes nothing", async () => {
    const owner = await memberWithToken("owner");
    const created = await call(postFramework, "POST", "/api/v1/frameworks", {
      token: owner.token,
      body: framework("E"),
    });
    const path = `/api/v1/frameworks/${created.body.id}`;
    const params = { id: created.body.id };
    const got = await call(getFramework, "GET", path, { token: owner.token, params });
    expect(got.headers.get("etag")).toBe('"1"');
    const patch = (body: object, ifMatch?: string) =>
      call(patchFramework, "PATCH", path, {
        token: owner.token,
        params,
        body,
        headers: ifMatch ? { "If-Match": ifMatch } : {},
      });
    const changed = await patch({ name: "E2", description: "kept" }, '"1"');
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).toBe('"2"');
    expect(changed.body).toMatchObject({ name: "E2", vendor: "V", description: "kept", version: 2 });
    const stale = await patch({ name: "lost" }, '"1"');
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ name: "E2", version: 2 });
    expect((await patch({ name: "x" }, "abc")).body.error.issues[0].field).toBe("If-Match");
    expect((await patch({})).status).toBe(400);
    // A field left out keeps its value.
    expect((await patch({ vendor: "W" })).body).toMatchObject({
      name: "E2",
      description: "kept",
      version: 3,
    });
    const row = await db().framework.findUniqueOrThrow({ where: { id: created.body.id } });
    expect([row.name, row.vendor, row.version]).toEqual(["E2", "W", 3]);
  });

  it("evaluations: status and reviewers in one change, audited as the UI's; stale or refused changes leave everything as it was", async () => {
    const owner = await memberWithToken("owner");
    const reviewer = await createMember({ role: "reviewer", slug: owner.slug });
    const { evaluationId: id } = await createEvaluationFixture(owner.slug);
    const path = `/api/v1/evaluations/${id}`;
    const patch = (body: object, ifMatch?: string) =>
      call(patchEvaluation, "PATCH", path, {
        token: owner.token,
        params: { id },
        body,
        headers: ifMatch ? { "If-Match": ifMatch } : {},
      });
    const got = await call(getEvaluation, "GET", path, { token: owner.token, params: { id } });
    expect(got.body).toMatchObject({ status: "draft", version: 1 });
    const changed = await patch(
      { status: "final", sections: [{ sectionKey: "EDGE", assigneeIds: [reviewer.userId] }] },
      '"1"',
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).toBe('"2"');
    expect(changed.body.status).toBe("final");
    expect(changed.body.sections.find((s: { key: string }) => s.key === "EDGE").assigneeIds).toEqual([
      reviewer.userId,
    ]);
    const audit = await db().auditEvent.findMany({ where: { targetId: id }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual([
      "evaluation.reviewers_assigned",
      "evaluation.status_changed",
    ]);

    const stale = await patch({ status: "in_review", reason: "again" }, '"1"');
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ status: "final", version: 2 });
    const noReason = await patch({
      status: "in_review",
      sections: [{ sectionKey: "EDGE", assigneeIds: [] }],
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues[0].field).toBe("reason");
    const notReviewer = await patch({
      sections: [{ sectionKey: "CLOUD", assigneeIds: [owner.workspaceId] }],
    });
    expect(notReviewer.body.error.issues[0].field).toBe("sections[0].assigneeIds");
    const after = await call(getEvaluation, "GET", path, { token: owner.token, params: { id } });
    expect(after.body).toEqual(changed.body);
  });
});
