import { beforeAll, describe, expect, it } from "vitest";
import { GET as list, POST as create } from "@/app/api/v1/weight-profiles/route";
import { DELETE as remove, GET as getOne, PATCH as patch } from "@/app/api/v1/weight-profiles/[id]/route";
import { db } from "../db";
import { bearer, call, memberWithToken } from "../testing/api-calls";
import { owaspCatalogue, suffix } from "../testing/fixtures";

const PATH = "/api/v1/weight-profiles";
const profile = (name: string) => ({
  name,
  sectionWeights: { EDGE: 2, CLOUD: 0 },
  criterionWeights: { "EDGE-01": 3 },
  knockouts: [{ criterionKey: "CLOUD-01", threshold: 2 }],
});

// Profile keys are checked against the catalogues in the database: the OWASP one is seeded here.
beforeAll(() => owaspCatalogue());

describe("weight profiles over the API", () => {
  it("creates (replaying a retried key), pages, reads with its ETag, changes under If-Match and deletes, audited as the UI", async () => {
    const owner = await memberWithToken("owner");
    const t = { token: owner.token };
    const key = { "Idempotency-Key": `wp-${suffix()}` };
    const first = await call(create, "POST", PATH, { ...t, body: profile("Edge heavy"), headers: key });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ name: "Edge heavy", sectionWeights: { EDGE: 2, CLOUD: 0 } });
    const again = await call(create, "POST", PATH, { ...t, body: profile("Edge heavy"), headers: key });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    await call(create, "POST", PATH, { ...t, body: { name: "Second" } });

    const page1 = await call(list, "GET", `${PATH}?limit=1`, t);
    expect(page1.body.weightProfiles.map((p: { name: string }) => p.name)).toEqual(["Second"]);
    const page2 = await call(list, "GET", `${PATH}?limit=1&cursor=${page1.body.nextCursor}`, t);
    expect(page2.body).toMatchObject({ weightProfiles: [{ name: "Edge heavy" }], nextCursor: null });

    const id = first.body.id;
    const one = `${PATH}/${id}`;
    const got = await call(getOne, "GET", one, { ...t, params: { id } });
    expect(got.headers.get("etag")).toBe(`"${got.body.etag}"`);
    expect(got.body.etag).toBe(first.body.etag);
    const change = (body: object, ifMatch?: string) =>
      call(patch, "PATCH", one, {
        ...t,
        params: { id },
        body,
        headers: ifMatch ? { "If-Match": ifMatch } : {},
      });
    const changed = await change({ sectionWeights: { EDGE: 5 } }, `"${got.body.etag}"`);
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: "Edge heavy", sectionWeights: { EDGE: 5 }, knockouts: [{}] });
    expect(changed.body.etag).not.toBe(got.body.etag);
    expect(changed.headers.get("etag")).toBe(`"${changed.body.etag}"`);
    const stale = await change({ name: "Lost" }, `"${got.body.etag}"`);
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toEqual(JSON.parse(JSON.stringify(changed.body)));

    // Two clients with the same ETag at once: one change applies, the other is told it is stale.
    const race = await Promise.all(
      [3, 4].map((w) => change({ sectionWeights: { EDGE: w } }, `"${changed.body.etag}"`)),
    );
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await call(remove, "DELETE", one, { ...t, params: { id } })).status).toBe(204);
    expect((await call(getOne, "GET", one, { ...t, params: { id } })).status).toBe(404);
    expect((await call(remove, "DELETE", one, { ...t, params: { id } })).status).toBe(404);
    const audit = await db().auditEvent.findMany({
      where: { workspaceId: owner.workspaceId, targetId: id },
      select: { action: true, before: true },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "profile.created",
      "profile.updated",
      "profile.updated",
      "profile.deleted",
    ]);
    expect(audit[1].before).toMatchObject({ name: "Edge heavy", sectionWeights: { EDGE: 2, CLOUD: 0 } });
  });

  it("refuses bad input naming the field, and changes nothing", async () => {
    const owner = await memberWithToken("owner");
    const t = { token: owner.token };
    const { body: p } = await call(create, "POST", PATH, { ...t, body: profile("Kept") });
    await call(create, "POST", PATH, { ...t, body: { name: "Other" } });
    const bad = async (status: number, field: string, res: ReturnType<typeof call>) => {
      const r = await res;
      expect(r.status, field).toBe(status);
      expect(r.body.error.issues[0].field, field).toBe(field);
    };
    await bad(
      400,
      "sectionWeights.NOPE",
      call(create, "POST", PATH, { ...t, body: { name: "XY", sectionWeights: { NOPE: 1 } } }),
    );
    await bad(409, "name", call(create, "POST", PATH, { ...t, body: { name: "Kept" } }));
    await bad(400, "limit", call(list, "GET", `${PATH}?limit=0`, t));
    await bad(400, "cursor", call(list, "GET", `${PATH}?cursor=x`, t));
    const one = { ...t, params: { id: p.id } };
    const change = (body: object, headers = {}) =>
      call(patch, "PATCH", `${PATH}/${p.id}`, { ...one, body, headers });
    await bad(400, "(body)", change({}));
    await bad(
      400,
      "knockouts[0].threshold",
      change({ knockouts: [{ criterionKey: "EDGE-01", threshold: 9 }] }),
    );
    await bad(400, "criterionWeights.NOPE-1", change({ criterionWeights: { "NOPE-1": 2 } }));
    await bad(400, "colour", change({ colour: "red" }));
    await bad(409, "name", change({ name: "Other" }));
    await bad(409, "name", change({ name: "Equal weights" }));
    await bad(400, "If-Match", change({ name: "Y" }, { "If-Match": '"7"' }));
    expect(
      (await call(getOne, "GET", `${PATH}/not-a-uuid`, { ...t, params: { id: "not-a-uuid" } })).status,
    ).toBe(404);
    const row = await db().weightProfile.findUniqueOrThrow({ where: { id: p.id } });
    expect([row.name, row.sectionWeights, row.knockouts]).toEqual(["Kept", p.sectionWeights, p.knockouts]);
  });

  it("owners/admins write; reviewers, viewers and read-only tokens read; another workspace's is 404", async () => {
    const owner = await memberWithToken("owner");
    const reviewer = await memberWithToken("reviewer", owner.slug);
    const viewer = await memberWithToken("viewer", owner.slug);
    const readOnly = await bearer(owner.userId, owner.slug, ["read"]);
    const outsider = await memberWithToken("owner");
    const { body: p } = await call(create, "POST", PATH, { token: owner.token, body: profile("Mine") });
    const params = { id: p.id };
    const one = `${PATH}/${p.id}`;
    for (const token of [reviewer.token, viewer.token, readOnly]) {
      expect((await call(getOne, "GET", one, { token, params })).status).toBe(200);
      expect((await call(list, "GET", PATH, { token })).body.weightProfiles).toHaveLength(1);
    }
    for (const token of [reviewer.token, readOnly]) {
      expect((await call(create, "POST", PATH, { token, body: { name: "No" } })).status).toBe(403);
      expect((await call(patch, "PATCH", one, { token, params, body: { name: "No" } })).status).toBe(403);
      expect((await call(remove, "DELETE", one, { token, params })).status).toBe(403);
    }
    expect((await call(create, "POST", PATH, { token: viewer.token, body: { name: "No" } })).status).toBe(
      403,
    );
    const o = { token: outsider.token, params };
    expect((await call(getOne, "GET", one, o)).status).toBe(404);
    expect((await call(patch, "PATCH", one, { ...o, body: { name: "No" } })).status).toBe(404);
    expect((await call(remove, "DELETE", one, o)).status).toBe(404);
    expect((await call(list, "GET", PATH, { token: outsider.token })).body.weightProfiles).toEqual([]);
    expect((await db().weightProfile.findUniqueOrThrow({ where: { id: p.id } })).name).toBe("Mine");
  });
});
