import { expect, test } from "@playwright/test";
import { apiClient } from "./api-client";
import { contractChecker } from "./contract-checker";
import { ownerInfo, unique } from "./helpers";

/** Weight profiles, saved comparisons, audit events, and the paged share links and members, through the typed client. */
test("weight profiles, saved comparisons and audit events answer as documented", async ({ request }) => {
  const check = await contractChecker(request);
  const owner = ownerInfo();
  const api = apiClient(request, owner.token);
  const readOnly = apiClient(request, owner.readToken);
  const key = () => ({ "Idempotency-Key": `e2e-${unique()}` });

  const profiles = "/api/v1/weight-profiles";
  const body = {
    name: `Edge ${unique()}`,
    sectionWeights: { EDGE: 2 },
    knockouts: [{ criterionKey: "EDGE-01", threshold: 2 }],
  };
  const created = await api.post(profiles, { body, headers: key() });
  await check(profiles, "post", created.res);
  const profile = await created.ok();
  await check(
    profiles,
    "post",
    (await api.post(profiles, { body: { name: "X", sectionWeights: { NOPE: 1 } } })).res,
  );
  await check(profiles, "post", (await readOnly.post(profiles, { body })).res);
  await check(profiles, "get", (await api.get(profiles, { query: { limit: 1 } })).res);
  await check(profiles, "get", (await api.get(profiles, { query: { cursor: "nope" } })).res);
  const profileOne = "/api/v1/weight-profiles/{id}";
  const path = { id: profile.id };
  const got = await api.get(profileOne, { path });
  await check(profileOne, "get", got.res);
  const etag = got.res.headers()["etag"];
  expect(etag).toBe(`"${profile.etag}"`);
  await check(profileOne, "get", (await api.get(profileOne, { path: { id: crypto.randomUUID() } })).res);
  const changed = await api.patch(profileOne, {
    path,
    body: { sectionWeights: { EDGE: 3 } },
    headers: { "If-Match": etag },
  });
  await check(profileOne, "patch", changed.res);
  expect((await changed.ok()).sectionWeights).toEqual({ EDGE: 3 });
  await check(
    profileOne,
    "patch",
    (await api.patch(profileOne, { path, body: { name: "Lost" }, headers: { "If-Match": etag } })).res,
  );
  await check(
    profileOne,
    "patch",
    (await api.patch(profileOne, { path, body: { knockouts: [{ criterionKey: "EDGE-01", threshold: 9 }] } }))
      .res,
  );
  await check(profileOne, "delete", (await readOnly.delete(profileOne, { path })).res);
  await check(profileOne, "delete", (await api.delete(profileOne, { path })).res);
  await check(profileOne, "delete", (await api.delete(profileOne, { path })).res);

  const fw = await (
    await api.post("/api/v1/frameworks", {
      body: { name: `Saved ${unique()}`, vendor: "V", productVersion: "1", componentTypes: ["edge"] },
    })
  ).ok();
  const catalogue = { slug: "owasp-iot-framework", version: "2016-03-18" };
  const evs = [];
  for (let i = 0; i < 2; i++)
    evs.push(
      (await (await api.post("/api/v1/evaluations", { body: { frameworkId: fw.id, catalogue } })).ok()).id,
    );
  const saved = "/api/v1/saved-comparisons";
  const save = await api.post(saved, {
    body: { name: `Pair ${unique()}`, query: `e=${evs.join(",")}` },
    headers: key(),
  });
  await check(saved, "post", save.res);
  const comparison = await save.ok();
  await check(
    saved,
    "post",
    (await api.post(saved, { body: { name: "One only", query: `e=${evs[0]}` } })).res,
  );
  await check(saved, "get", (await readOnly.get(saved, { query: { limit: 1 } })).res);
  const savedOne = "/api/v1/saved-comparisons/{id}";
  const sPath = { id: comparison.id };
  await check(savedOne, "get", (await api.get(savedOne, { path: sPath })).res);
  const sTag = `"${comparison.etag}"`;
  await check(
    savedOne,
    "patch",
    (
      await api.patch(savedOne, {
        path: sPath,
        body: { description: "Board" },
        headers: { "If-Match": sTag },
      })
    ).res,
  );
  await check(
    savedOne,
    "patch",
    (
      await api.patch(savedOne, {
        path: sPath,
        body: { description: "Stale" },
        headers: { "If-Match": sTag },
      })
    ).res,
  );
  await check(savedOne, "patch", (await api.patch(savedOne, { path: sPath, body: {} })).res);
  await check(savedOne, "delete", (await api.delete(savedOne, { path: sPath })).res);

  await check(
    "/api/v1/share-links",
    "get",
    (await api.get("/api/v1/share-links", { query: { limit: 1 } })).res,
  );
  const members = "/api/v1/workspaces/{workspace}/members";
  await check(
    members,
    "get",
    (await api.get(members, { path: { workspace: owner.workspace }, query: { limit: 1 } })).res,
  );

  const audit = "/api/v1/audit-events";
  const page = await api.get(audit, { query: { targetType: "weight_profile", targetId: profile.id } });
  await check(audit, "get", page.res);
  expect((await page.ok()).events.map((e) => e.action)).toEqual([
    "profile.deleted",
    "profile.updated",
    "profile.created",
  ]);
  await check(audit, "get", (await readOnly.get(audit, { query: { action: "profile.", limit: 2 } })).res);
  await check(audit, "get", (await api.get(audit, { query: { from: "yesterday" } })).res);
  const lines = await api.get(audit, { query: { format: "jsonl", targetId: profile.id } });
  await check(audit, "get", lines.res);
  expect(
    (await lines.res.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).action),
  ).toEqual(["profile.created", "profile.updated", "profile.deleted"]);
  await check(
    audit,
    "get",
    (await api.get(audit, { headers: { Accept: "application/x-ndjson" }, query: { action: "comparison." } }))
      .res,
  );
});
