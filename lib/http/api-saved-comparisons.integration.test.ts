import { describe, expect, it } from "vitest";
import { GET as list, POST as create } from "@/app/api/v1/saved-comparisons/route";
import { DELETE as remove, GET as getOne, PATCH as patch } from "@/app/api/v1/saved-comparisons/[id]/route";
import { db } from "../db";
import { bearer, call, memberWithToken } from "../testing/api-calls";
import { createEvaluationFixture, suffix } from "../testing/fixtures";

const PATH = "/api/v1/saved-comparisons";

/** A workspace with two evaluations of one catalogue version: a comparison that may be saved. */
async function comparable() {
  const owner = await memberWithToken("owner");
  const a = await createEvaluationFixture(owner.slug);
  const b = await createEvaluationFixture(owner.slug);
  return { owner, query: `e=${a.evaluationId},${b.evaluationId}&p=equal`, one: a.evaluationId };
}

describe("saved comparisons over the API", () => {
  it("saves (replaying a retried key), pages, reads with its ETag, changes under If-Match and deletes, audited as the UI", async () => {
    const { owner, query } = await comparable();
    const t = { token: owner.token };
    const headers = { "Idempotency-Key": `sc-${suffix()}` };
    const body = { name: "Shortlist", query };
    const first = await call(create, "POST", PATH, { ...t, body, headers });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ name: "Shortlist", description: "" });
    expect(first.body.query).toContain("e=");
    const again = await call(create, "POST", PATH, { ...t, body, headers });
    expect([again.status, again.headers.get("idempotent-replayed")]).toEqual([201, "true"]);
    expect(again.body).toEqual(first.body);
    await call(create, "POST", PATH, { ...t, body: { name: "Later", query } });
    const page1 = await call(list, "GET", `${PATH}?limit=1`, t);
    const page2 = await call(list, "GET", `${PATH}?limit=1&cursor=${page1.body.nextCursor}`, t);
    expect([...page1.body.savedComparisons, ...page2.body.savedComparisons].map((c) => c.name)).toEqual([
      "Later",
      "Shortlist",
    ]);
    expect(page2.body.nextCursor).toBeNull();

    const id = first.body.id;
    const one = { ...t, params: { id } };
    const got = await call(getOne, "GET", `${PATH}/${id}`, one);
    expect(got.headers.get("etag")).toBe(`"${first.body.etag}"`);
    const change = (b: object, ifMatch?: string) =>
      call(patch, "PATCH", `${PATH}/${id}`, {
        ...one,
        body: b,
        headers: ifMatch ? { "If-Match": ifMatch } : {},
      });
    const changed = await change({ description: "For the board" }, `"${got.body.etag}"`);
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      name: "Shortlist",
      description: "For the board",
      query: got.body.query,
    });
    const stale = await change({ name: "Lost" }, `"${got.body.etag}"`);
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.description).toBe("For the board");
    expect((await call(remove, "DELETE", `${PATH}/${id}`, one)).status).toBe(204);
    expect((await call(getOne, "GET", `${PATH}/${id}`, one)).status).toBe(404);
    const audit = await db().auditEvent.findMany({
      where: { workspaceId: owner.workspaceId, targetId: id },
      select: { action: true },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "comparison.saved",
      "comparison.updated",
      "comparison.deleted",
    ]);
  });

  it("refuses bad input naming the field (a query that is no comparison, a taken name), and changes nothing", async () => {
    const { owner, query, one: lone } = await comparable();
    const t = { token: owner.token };
    const { body: saved } = await call(create, "POST", PATH, { ...t, body: { name: "Kept", query } });
    await call(create, "POST", PATH, { ...t, body: { name: "Other", query } });
    const bad = async (status: number, field: string, res: ReturnType<typeof call>) => {
      const r = await res;
      expect(r.status, field).toBe(status);
      expect(r.body.error.issues[0].field, field).toBe(field);
    };
    await bad(400, "query", call(create, "POST", PATH, { ...t, body: { name: "One", query: `e=${lone}` } }));
    await bad(400, "name", call(create, "POST", PATH, { ...t, body: { name: "", query } }));
    await bad(409, "name", call(create, "POST", PATH, { ...t, body: { name: "Kept", query } }));
    const params = { id: saved.id };
    const change = (body: object, headers = {}) =>
      call(patch, "PATCH", `${PATH}/${saved.id}`, { ...t, params, body, headers });
    await bad(400, "query", change({ query: `e=${lone},${crypto.randomUUID()}` }));
    await bad(400, "(body)", change({}));
    await bad(400, "createdById", change({ createdById: owner.userId }));
    await bad(409, "name", change({ name: "Other" }));
    await bad(400, "If-Match", change({ name: "New" }, { "If-Match": "*" }));
    const row = await db().savedComparison.findUniqueOrThrow({ where: { id: saved.id } });
    expect([row.name, row.query]).toEqual(["Kept", saved.query]);
  });

  it("reviewers write; viewers and read-only tokens only read; another workspace's is 404", async () => {
    const { owner, query } = await comparable();
    const reviewer = await memberWithToken("reviewer", owner.slug);
    const viewer = await memberWithToken("viewer", owner.slug);
    const readOnly = await bearer(owner.userId, owner.slug, ["read"]);
    const outsider = await memberWithToken("owner");
    const { body: saved } = await call(create, "POST", PATH, {
      token: reviewer.token,
      body: { name: "Rv", query },
    });
    expect(saved.name).toBe("Rv");
    const params = { id: saved.id };
    const one = `${PATH}/${saved.id}`;
    expect(
      (await call(patch, "PATCH", one, { token: reviewer.token, params, body: { description: "mine" } }))
        .status,
    ).toBe(200);
    for (const token of [viewer.token, readOnly]) {
      expect((await call(getOne, "GET", one, { token, params })).status).toBe(200);
      expect((await call(list, "GET", PATH, { token })).body.savedComparisons).toHaveLength(1);
      expect((await call(create, "POST", PATH, { token, body: { name: "No", query } })).status).toBe(403);
      expect((await call(patch, "PATCH", one, { token, params, body: { name: "No" } })).status).toBe(403);
      expect((await call(remove, "DELETE", one, { token, params })).status).toBe(403);
    }
    const o = { token: outsider.token, params };
    expect((await call(getOne, "GET", one, o)).status).toBe(404);
    expect((await call(patch, "PATCH", one, { ...o, body: { name: "No" } })).status).toBe(404);
    expect((await call(remove, "DELETE", one, o)).status).toBe(404);
    // Another workspace's evaluations are no comparison here either.
    const theirs = await call(create, "POST", PATH, {
      token: outsider.token,
      body: { name: "Steal", query },
    });
    expect(theirs.body.error.issues[0].field).toBe("query");
    expect((await db().savedComparison.findUniqueOrThrow({ where: { id: saved.id } })).name).toBe("Rv");
  });
});
