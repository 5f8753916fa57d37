import { expect, test } from "@playwright/test";
import { contractChecker } from "./contract-checker";
import { ownerInfo, unique } from "./helpers";

test("the reference, identity and membership endpoints answer as documented", async ({ request }) => {
  const check = await contractChecker(request);
  const owner = ownerInfo();
  const headers = { Authorization: `Bearer ${owner.token}` };
  await check("/api/v1/catalogues", "get", await request.get("/api/v1/catalogues"));
  await check("/api/v1/catalogues", "get", await request.get("/api/v1/catalogues?x=1"));
  const detail = "/api/v1/catalogues/{slug}/{version}";
  await check(detail, "get", await request.get("/api/v1/catalogues/owasp-iot-framework/2016-03-18"));
  await check(detail, "get", await request.get("/api/v1/catalogues/eu-cra-annex-i/nope"));
  await check("/api/v1/openapi.json", "get", await request.get("/api/v1/openapi.json?x=1"));
  await check("/api/v1/me", "get", await request.get("/api/v1/me", { headers }));
  await check("/api/v1/me", "get", await request.get("/api/v1/me"));
  const members = "/api/v1/workspaces/{workspace}/members";
  await check(
    members,
    "get",
    await request.get(`/api/v1/workspaces/${owner.workspace}/members`, { headers }),
  );
  await check(members, "get", await request.get("/api/v1/workspaces/someone-else/members", { headers }));
  const invitations = "/api/v1/workspaces/{workspace}/invitations";
  const invite = (data: object, h = headers) =>
    request.post(`/api/v1/workspaces/${owner.workspace}/invitations`, { headers: h, data });
  await check(
    invitations,
    "post",
    await invite({ email: `contract-${unique()}@example.test`, role: "viewer" }),
  );
  await check(invitations, "post", await invite({ email: owner.email, role: "viewer" }));
  await check(invitations, "post", await invite({ email: "not-an-email", role: "viewer" }));
  await check(
    invitations,
    "post",
    await invite(
      { email: `ro-${unique()}@example.test`, role: "viewer" },
      { Authorization: `Bearer ${owner.readToken}` },
    ),
  );
});

test("every documented endpoint answers as its OpenAPI document says", async ({ request }) => {
  const check = await contractChecker(request);
  const owner = ownerInfo();
  const headers = { Authorization: `Bearer ${owner.token}` };

  const fw = await request.post("/api/v1/frameworks", {
    headers,
    data: { name: `Contract ${unique()}`, vendor: "V", productVersion: "1", componentTypes: ["cloud"] },
  });
  await check("/api/v1/frameworks", "post", fw);
  await check(
    "/api/v1/frameworks",
    "post",
    await request.post("/api/v1/frameworks", { headers, data: { name: "" } }),
  );
  await check("/api/v1/frameworks", "get", await request.get("/api/v1/frameworks", { headers }));
  await check("/api/v1/frameworks", "get", await request.get("/api/v1/frameworks"));
  const ev = await request.post("/api/v1/evaluations", {
    headers,
    data: {
      frameworkId: (await fw.json()).id,
      catalogue: { slug: "owasp-iot-framework", version: "2016-03-18" },
    },
  });
  await check("/api/v1/evaluations", "post", ev);
  const { id } = await ev.json();
  await check("/api/v1/evaluations", "get", await request.get("/api/v1/evaluations", { headers }));
  // Crosswalks: readiness of one evaluation and of a comparison, the mapping sets, bad targets.
  const readiness = "/api/v1/evaluations/{id}/readiness";
  await check(readiness, "get", await request.get(`/api/v1/evaluations/${id}/readiness`, { headers }));
  await check(
    readiness,
    "get",
    await request.get(`/api/v1/evaluations/${id}/readiness?target=x`, { headers }),
  );
  await check("/api/v1/mappings", "get", await request.get("/api/v1/mappings", { headers }));
  await check(
    "/api/v1/comparisons/readiness",
    "get",
    await request.get(`/api/v1/comparisons/readiness?evaluations=${id}`, { headers }),
  );
  const put = "/api/v1/evaluations/{id}/scores/{criterionKey}";
  await check(
    put,
    "put",
    await request.put(`/api/v1/evaluations/${id}/scores/CLOUD-01`, {
      headers: { ...headers, "If-Match": "0" },
      data: { value: 4, evidence: [{ url: "https://v.example/tls", grade: "tested" }] },
    }),
  );
  await check(
    put,
    "put",
    await request.put(`/api/v1/evaluations/${id}/scores/CLOUD-01`, {
      headers: { ...headers, "If-Match": "0" },
      data: { value: 3 },
    }),
  );
  await check(
    put,
    "put",
    await request.put(`/api/v1/evaluations/${id}/scores/CLOUD-01`, { headers, data: { value: 9 } }),
  );
  await check(
    put,
    "put",
    await request.put(`/api/v1/evaluations/${crypto.randomUUID()}/scores/CLOUD-01`, {
      headers,
      data: { value: 1 },
    }),
  );
  await check(
    "/api/v1/evaluations/{id}/scores",
    "get",
    await request.get(`/api/v1/evaluations/${id}/scores`, { headers }),
  );
  await check(
    "/api/v1/evaluations/{id}/sections/{sectionKey}/submit",
    "post",
    await request.post(`/api/v1/evaluations/${id}/sections/CLOUD/submit`, { headers }),
  );
  const agreed = "/api/v1/evaluations/{id}/agreed/{criterionKey}";
  await check(
    agreed,
    "put",
    await request.put(`/api/v1/evaluations/${id}/agreed/CLOUD-02`, {
      headers,
      data: { value: 2, reason: "Workshop of 3 May" },
    }),
  );
  await check(
    agreed,
    "put",
    await request.put(`/api/v1/evaluations/${id}/agreed/CLOUD-02`, { headers, data: { value: 2 } }),
  );
  await check(
    agreed,
    "put",
    await request.put(`/api/v1/evaluations/${id}/agreed/CLOUD-02`, {
      headers: { Authorization: `Bearer ${owner.readToken}` },
      data: { value: 1, reason: "read-only token" },
    }),
  );
  await check(
    agreed,
    "put",
    await request.put(`/api/v1/evaluations/${id}/agreed/NOPE-01`, {
      headers,
      data: { value: 1, reason: "unknown key" },
    }),
  );
  await check(
    "/api/v1/evaluations/{id}/agreed",
    "get",
    await request.get(`/api/v1/evaluations/${id}/agreed`, { headers }),
  );
  expect((await request.delete(`/api/v1/evaluations/${id}/agreed/CLOUD-02`, { headers })).status()).toBe(204);
  await check(
    agreed,
    "delete",
    await request.delete(`/api/v1/evaluations/${id}/agreed/CLOUD-02`, { headers }),
  );
  await check(
    "/api/v1/evaluations/{id}/summary",
    "get",
    await request.get(`/api/v1/evaluations/${id}/summary?profile=consumer-device`, { headers }),
  );
  const ev2 = await (
    await request.post("/api/v1/evaluations", {
      headers,
      data: {
        frameworkId: (await fw.json()).id,
        catalogue: { slug: "owasp-iot-framework", version: "2016-03-18" },
      },
    })
  ).json();
  await check(
    "/api/v1/comparisons",
    "get",
    await request.get(`/api/v1/comparisons?evaluations=${id},${ev2.id}&profile=cloud-only`, { headers }),
  );
  await check(
    "/api/v1/comparisons",
    "get",
    await request.get(`/api/v1/comparisons?evaluations=${id}`, { headers }),
  );
  await check(
    "/api/v1/comparisons",
    "get",
    await request.get(`/api/v1/comparisons?evaluations=${id},${ev2.id}&profile=nope`, { headers }),
  );
  const share = await request.post("/api/v1/share-links", {
    headers,
    data: { evaluationIds: [id, ev2.id], expiresInDays: 3, hideReviewers: true },
  });
  await check("/api/v1/share-links", "post", share);
  await check(
    "/api/v1/share-links",
    "post",
    await request.post("/api/v1/share-links", { headers, data: { evaluationIds: [id], expiresInDays: 999 } }),
  );
  await check("/api/v1/share-links", "get", await request.get("/api/v1/share-links", { headers }));
  expect((await request.delete(`/api/v1/share-links/${(await share.json()).id}`, { headers })).status()).toBe(
    204,
  );
  await check(
    "/api/v1/share-links/{id}",
    "delete",
    await request.delete(`/api/v1/share-links/${crypto.randomUUID()}`, { headers }),
  );
  await check(
    "/api/v1/evaluations/{id}/summary",
    "get",
    await request.get(`/api/v1/evaluations/${id}/summary`, {
      headers: { Authorization: `Bearer ${owner.readToken}` },
    }),
  );
});
