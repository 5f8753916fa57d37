import { expect, test } from "@playwright/test";
import { contractChecker } from "./contract-checker";
import { newMember, ownerInfo, unique } from "./helpers";

/** The single-resource endpoints, pagination, Idempotency-Key and If-Match, against the document. */
test("frameworks and evaluations by id, paged lists, idempotent creates and If-Match answer as documented", async ({
  request,
}) => {
  const check = await contractChecker(request);
  const owner = ownerInfo();
  const headers = { Authorization: `Bearer ${owner.token}` };
  const list = "/api/v1/frameworks";
  const key = { ...headers, "Idempotency-Key": `e2e-${unique()}` };
  const data = { name: `Paged ${unique()}`, vendor: "V", productVersion: "1", componentTypes: ["edge"] };
  const created = await request.post(list, { headers: key, data });
  await check(list, "post", created);
  const replayed = await request.post(list, { headers: key, data });
  await check(list, "post", replayed);
  expect(replayed.headers()["idempotent-replayed"]).toBe("true");
  expect((await replayed.json()).id).toBe((await created.json()).id);
  await check(list, "post", await request.post(list, { headers: key, data: { ...data, name: "other" } }));
  await check(list, "get", await request.get(`${list}?limit=1`, { headers }));
  await check(list, "get", await request.get(`${list}?cursor=nope`, { headers }));

  const fw = (await created.json()).id as string;
  const one = "/api/v1/frameworks/{id}";
  const got = await request.get(`${list}/${fw}`, { headers });
  await check(one, "get", got);
  const etag = got.headers()["etag"];
  expect(etag).toBe('"1"');
  await check(one, "get", await request.get(`${list}/${crypto.randomUUID()}`, { headers }));
  const patch = (h: Record<string, string>, body: object) =>
    request.patch(`${list}/${fw}`, { headers: h, data: body });
  await check(one, "patch", await patch({ ...headers, "If-Match": etag }, { description: "changed" }));
  await check(one, "patch", await patch({ ...headers, "If-Match": etag }, { description: "stale" }));
  await check(one, "patch", await patch(headers, { componentTypes: [] }));
  await check(one, "patch", await patch({ Authorization: `Bearer ${owner.readToken}` }, { name: "x" }));
  await check(
    "/api/v1/frameworks/{id}/archive",
    "post",
    await request.post(`${list}/${fw}/archive`, { headers }),
  );
  await check(
    "/api/v1/frameworks/{id}/unarchive",
    "post",
    await request.post(`${list}/${fw}/unarchive`, { headers }),
  );
  await check(
    "/api/v1/frameworks/{id}/archive",
    "post",
    await request.post(`${list}/${crypto.randomUUID()}/archive`, { headers }),
  );

  const evaluations = "/api/v1/evaluations";
  const ev = await request.post(evaluations, {
    headers: { ...headers, "Idempotency-Key": `e2e-${unique()}` },
    data: { frameworkId: fw, catalogue: { slug: "owasp-iot-framework", version: "2016-03-18" } },
  });
  await check(evaluations, "post", ev);
  const id = (await ev.json()).id as string;
  await check(evaluations, "get", await request.get(`${evaluations}?limit=2`, { headers }));
  await check(evaluations, "get", await request.get(`${evaluations}?limit=9999`, { headers }));
  const evOne = "/api/v1/evaluations/{id}";
  await check(evOne, "get", await request.get(`${evaluations}/${id}`, { headers }));
  await check(evOne, "get", await request.get(`${evaluations}/${crypto.randomUUID()}`, { headers }));
  const evPatch = (h: Record<string, string>, body: object) =>
    request.patch(`${evaluations}/${id}`, { headers: { ...headers, ...h }, data: body });
  await check(
    evOne,
    "patch",
    await evPatch(
      { "If-Match": '"1"' },
      { status: "in_review", sections: [{ sectionKey: "EDGE", assigneeIds: [] }] },
    ),
  );
  const mobileOut = { sectionKey: "MOBILE", inScope: false, outOfScopeReason: "no mobile app" };
  await check(evOne, "patch", await evPatch({ "If-Match": '"2"' }, { scope: [mobileOut] }));
  await check(evOne, "patch", await evPatch({}, { scope: [{ ...mobileOut, outOfScopeReason: "" }] }));
  await check(evOne, "patch", await evPatch({ "If-Match": '"1"' }, { status: "final" }));
  await check(evOne, "patch", await evPatch({}, { status: "bogus" }));
  await check(evOne, "patch", await evPatch({ "If-Match": "x" }, { status: "final" }));
});

test("members and invitations: change a role, remove, list and revoke invitations, as documented", async ({
  request,
  browser,
}) => {
  const check = await contractChecker(request);
  const owner = ownerInfo();
  const headers = { Authorization: `Bearer ${owner.token}` };
  const { email, ctx } = await newMember(browser, "viewer");
  await ctx.close();
  const base = `/api/v1/workspaces/${owner.workspace}`;
  const members = (await (await request.get(`${base}/members?limit=500`, { headers })).json())
    .members as Array<{
    id: string;
    email: string;
  }>;
  const member = members.find((m) => m.email === email)!.id;
  const me = members.find((m) => m.email === owner.email)!.id;
  const one = "/api/v1/workspaces/{workspace}/members/{id}";
  const role = (who: string, data: object, h = headers) =>
    request.patch(`${base}/members/${who}`, { headers: h, data });
  await check(one, "patch", await role(member, { role: "reviewer" }));
  await check(one, "patch", await role(member, { role: "boss" }));
  await check(one, "patch", await role(me, { role: "admin" }));
  await check(one, "patch", await role(crypto.randomUUID(), { role: "viewer" }));
  await check(
    one,
    "patch",
    await role(member, { role: "viewer" }, { Authorization: `Bearer ${owner.readToken}` }),
  );
  await check(one, "delete", await request.delete(`${base}/members/${me}`, { headers }));
  await check(one, "delete", await request.delete(`${base}/members/${member}`, { headers }));

  const invitations = "/api/v1/workspaces/{workspace}/invitations";
  const inv = await request.post(`${base}/invitations`, {
    headers,
    data: { email: `listed-${unique()}@example.test`, role: "viewer" },
  });
  await check(invitations, "get", await request.get(`${base}/invitations?limit=1`, { headers }));
  await check(invitations, "get", await request.get(`${base}/invitations?cursor=nope`, { headers }));
  await check(
    invitations,
    "get",
    await request.get("/api/v1/workspaces/someone-else/invitations", { headers }),
  );
  const revoke = "/api/v1/workspaces/{workspace}/invitations/{id}";
  const invId = (await inv.json()).id as string;
  await check(revoke, "delete", await request.delete(`${base}/invitations/${invId}`, { headers }));
  await check(revoke, "delete", await request.delete(`${base}/invitations/${invId}`, { headers }));
});
