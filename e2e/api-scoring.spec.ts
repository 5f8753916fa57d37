import { expect, test } from "@playwright/test";
import { apiClient, type Call } from "./api-client";
import { ownerInfo, unique } from "./helpers";

test("frameworks, evaluations and scores through the API: versions, 409, blind summary, bad input", async ({
  request,
}) => {
  const owner = ownerInfo();
  // Typed from the OpenAPI document: a field it does not describe fails the typecheck.
  const api = apiClient(request, owner.token);

  const fw = await api.post("/api/v1/frameworks", {
    body: {
      name: `Edge SDK ${unique()}`,
      vendor: "Acme",
      productVersion: "2.1",
      url: "https://acme.example/sdk",
      componentTypes: ["edge", "gateway"],
    },
  });
  expect(fw.status).toBe(201);
  const framework = await fw.ok();
  const list = await (await api.get("/api/v1/frameworks")).ok();
  expect(list.frameworks).toContainEqual(
    expect.objectContaining({ id: framework.id, vendor: "Acme", componentTypes: ["edge", "gateway"] }),
  );
  const badFw = await api.post("/api/v1/frameworks", {
    body: { name: "x", vendor: "y", productVersion: "1", url: "javascript:alert(1)", componentTypes: [] },
  });
  expect(badFw.status).toBe(400);
  expect((await badFw.error()).error.issues?.map((i) => i.field)).toEqual(
    expect.arrayContaining(["url", "componentTypes"]),
  );

  const catalogue = { slug: "owasp-iot-framework", version: "2016-03-18" };
  const noReason = await api.post("/api/v1/evaluations", {
    body: { frameworkId: framework.id, catalogue, sections: ["EDGE", "GW", "CLOUD"] },
  });
  expect(noReason.status).toBe(400);
  expect((await noReason.error()).error.issues).toContainEqual({
    field: "outOfScopeReasons.MOBILE",
    message: "Give a reason.",
  });
  const created = await api.post("/api/v1/evaluations", {
    body: {
      frameworkId: framework.id,
      catalogue,
      sections: ["EDGE", "GW", "CLOUD"],
      outOfScopeReasons: { MOBILE: "No mobile SDK" },
    },
  });
  expect(created.status).toBe(201);
  const { id } = await created.ok();

  const scorePath = "/api/v1/evaluations/{id}/scores/{criterionKey}" as const;
  const put = (criterionKey: string, body: Call<typeof scorePath, "put">["body"], ifMatch?: string) =>
    api.put(scorePath, {
      path: { id, criterionKey },
      headers: ifMatch ? { "If-Match": ifMatch } : {},
      body,
    });
  const first = await put(
    "EDGE-01",
    {
      value: 3,
      rationale: "TLS 1.3 default",
      evidence: [{ url: "https://acme.example/docs/tls", grade: "documentation" }],
    },
    "0",
  );
  expect(first.status).toBe(200);
  expect(await first.ok()).toMatchObject({ value: 3, version: 1 });
  const stale = await put("EDGE-01", { value: 1 }, "0");
  expect(stale.status).toBe(409);
  expect((await stale.error()).error).toMatchObject({ code: "conflict", current: { value: 3, version: 1 } });
  // The hot path's small answer is not gzipped (the compression cost more CPU than the save).
  const plain = await api.put(scorePath, {
    path: { id, criterionKey: "EDGE-01" },
    headers: { "If-Match": "1", "Accept-Encoding": "gzip" },
    body: { value: 4 },
  });
  expect(plain.status).toBe(200);
  expect(plain.res.headers()["content-encoding"]).toBeUndefined();
  expect(plain.res.headers()["cache-control"]).toBe("no-store, no-transform");

  for (const [key, body, field] of [
    ["EDGE-02", { value: 7 }, "value"],
    ["EDGE-02", { value: null, notApplicable: true }, "rationale"],
    ["NOPE-1", { value: 1 }, "criterionKey"],
  ] as const) {
    const res = await put(key, body);
    expect([400, 404], key).toContain(res.status);
    expect((await res.error()).error.issues?.map((i) => i.field)).toContain(field);
  }
  expect((await put("MOBILE-01", { value: 2 })).status).toBe(409); // out of scope
  expect((await put("EDGE-02", { value: 2 }, "x1")).status).toBe(400);

  const scores = await (await api.get("/api/v1/evaluations/{id}/scores", { path: { id } })).ok();
  expect(scores.scores).toEqual([
    expect.objectContaining({
      criterionKey: "EDGE-01",
      value: 4,
      version: 2,
      reviewer: expect.objectContaining({ email: owner.email }),
    }),
  ]);
  const submit = await api.post("/api/v1/evaluations/{id}/sections/{sectionKey}/submit", {
    path: { id, sectionKey: "EDGE" },
  });
  expect(submit.status).toBe(409);
  const summary = await (
    await api.get("/api/v1/evaluations/{id}/summary", { path: { id }, query: { profile: "cloud-only" } })
  ).ok();
  expect(summary.profile).toMatchObject({ id: "cloud-only" });
  expect(summary.sections.map((s) => s.key)).toEqual(["EDGE", "GW", "CLOUD"]);
  expect(summary.sections[0]).toMatchObject({ hidden: true, score: null });
  expect(summary.overall).toBeNull();
  const badProfile = await api.get("/api/v1/evaluations/{id}/summary", {
    path: { id },
    query: { profile: "nope" },
  });
  expect(badProfile.status).toBe(400);

  const readOnly = await apiClient(request, owner.readToken).put(
    "/api/v1/evaluations/{id}/scores/{criterionKey}",
    {
      path: { id, criterionKey: "EDGE-03" },
      body: { value: 1 },
    },
  );
  expect(readOnly.status).toBe(403);
});
