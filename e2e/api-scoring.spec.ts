import { expect, test } from "@playwright/test";
import { ownerInfo, unique } from "./helpers";

test("frameworks, evaluations and scores through the API: versions, 409, blind summary, bad input", async ({
  request,
}) => {
  const owner = ownerInfo();
  const auth = { Authorization: `Bearer ${owner.token}` };

  const fw = await request.post("/api/v1/frameworks", {
    headers: auth,
    data: {
      name: `Edge SDK ${unique()}`,
      vendor: "Acme",
      productVersion: "2.1",
      url: "https://acme.example/sdk",
      componentTypes: ["edge", "gateway"],
    },
  });
  expect(fw.status()).toBe(201);
  const framework = await fw.json();
  const list = await (await request.get("/api/v1/frameworks", { headers: auth })).json();
  expect(list.frameworks).toContainEqual(
    expect.objectContaining({ id: framework.id, vendor: "Acme", componentTypes: ["edge", "gateway"] }),
  );
  const badFw = await request.post("/api/v1/frameworks", {
    headers: auth,
    data: { name: "x", vendor: "y", productVersion: "1", url: "javascript:alert(1)", componentTypes: [] },
  });
  expect(badFw.status()).toBe(400);
  expect((await badFw.json()).error.issues.map((i: { field: string }) => i.field)).toEqual(
    expect.arrayContaining(["url", "componentTypes"]),
  );

  const noReason = await request.post("/api/v1/evaluations", {
    headers: auth,
    data: {
      frameworkId: framework.id,
      catalogue: { slug: "owasp-iot-framework", version: "2016-03-18" },
      sections: ["EDGE", "GW", "CLOUD"],
    },
  });
  expect(noReason.status()).toBe(400);
  expect((await noReason.json()).error.issues).toContainEqual({
    field: "outOfScopeReasons.MOBILE",
    message: "Give a reason.",
  });
  const created = await request.post("/api/v1/evaluations", {
    headers: auth,
    data: {
      frameworkId: framework.id,
      catalogue: { slug: "owasp-iot-framework", version: "2016-03-18" },
      sections: ["EDGE", "GW", "CLOUD"],
      outOfScopeReasons: { MOBILE: "No mobile SDK" },
    },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  const put = (key: string, data: unknown, ifMatch?: string) =>
    request.put(`/api/v1/evaluations/${id}/scores/${key}`, {
      headers: { ...auth, ...(ifMatch ? { "If-Match": ifMatch } : {}) },
      data,
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
  expect(first.status()).toBe(200);
  expect(await first.json()).toMatchObject({ value: 3, version: 1 });
  const stale = await put("EDGE-01", { value: 1 }, "0");
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error).toMatchObject({ code: "conflict", current: { value: 3, version: 1 } });
  // The hot path's small answer is not gzipped (the compression cost more CPU than the save).
  const plain = await request.put(`/api/v1/evaluations/${id}/scores/EDGE-01`, {
    headers: { ...auth, "If-Match": "1", "Accept-Encoding": "gzip" },
    data: { value: 4 },
  });
  expect(plain.status()).toBe(200);
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(plain.headers()["cache-control"]).toBe("no-store, no-transform");

  for (const [key, body, field] of [
    ["EDGE-02", { value: 7 }, "value"],
    ["EDGE-02", { value: null, notApplicable: true }, "rationale"],
    ["NOPE-1", { value: 1 }, "criterionKey"],
  ] as const) {
    const res = await put(key, body);
    expect([400, 404], key).toContain(res.status());
    expect((await res.json()).error.issues.map((i: { field: string }) => i.field)).toContain(field);
  }
  expect((await put("MOBILE-01", { value: 2 })).status()).toBe(409); // out of scope
  expect((await put("EDGE-02", { value: 2 }, "x1")).status()).toBe(400);

  const scores = await (await request.get(`/api/v1/evaluations/${id}/scores`, { headers: auth })).json();
  expect(scores.scores).toEqual([
    expect.objectContaining({
      criterionKey: "EDGE-01",
      value: 4,
      version: 2,
      reviewer: expect.objectContaining({ email: owner.email }),
    }),
  ]);
  const submit = await request.post(`/api/v1/evaluations/${id}/sections/EDGE/submit`, { headers: auth });
  expect(submit.status()).toBe(409);
  const summary = await (
    await request.get(`/api/v1/evaluations/${id}/summary?profile=cloud-only`, { headers: auth })
  ).json();
  expect(summary.profile).toMatchObject({ id: "cloud-only" });
  expect(summary.sections.map((s: { key: string }) => s.key)).toEqual(["EDGE", "GW", "CLOUD"]);
  expect(summary.sections[0]).toMatchObject({ hidden: true, score: null });
  expect(summary.overall).toBeNull();
  expect(
    (await request.get(`/api/v1/evaluations/${id}/summary?profile=nope`, { headers: auth })).status(),
  ).toBe(400);

  const readOnly = await request.put(`/api/v1/evaluations/${id}/scores/EDGE-03`, {
    headers: { Authorization: `Bearer ${owner.readToken}` },
    data: { value: 1 },
  });
  expect(readOnly.status()).toBe(403);
});
