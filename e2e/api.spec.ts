import { expect, test } from "@playwright/test";
import { apiClient } from "./api-client";

test.describe("API", () => {
  test("health reports ok, the version and the database", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({
      status: "ok",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      database: "ok",
    });
    expect(res.headers()["cache-control"]).toBe("no-store");
  });

  test("lists catalogues and returns one in full", async ({ request }) => {
    const api = apiClient(request);
    const list = await (await api.get("/api/v1/catalogues")).ok();
    expect(list.catalogues).toContainEqual(
      expect.objectContaining({
        slug: "owasp-iot-framework",
        version: "2016-03-18",
        title: "IoT Framework Security Considerations",
        criterionCount: 58,
      }),
    );
    const answer = await api.get("/api/v1/catalogues/{slug}/{version}", {
      path: { slug: "owasp-iot-framework", version: "2016-03-18" },
    });
    expect(answer.status).toBe(200);
    const c = await answer.ok();
    expect(c.source).toMatchObject({
      publisher: "OWASP Foundation",
      publishedOn: "2016-03-18",
      licence: "CC BY-SA 3.0",
    });
    expect(c.scale.map((l) => l.value)).toEqual([0, 1, 2, 3, 4]);
    expect(c.sections.map((s) => s.criteria.length)).toEqual([26, 8, 16, 8]);
    expect(c.sections[0].criteria[0]).toMatchObject({
      key: "EDGE-01",
      title: "Communications encryption",
      description: expect.any(String),
      guidance: expect.any(String),
    });
  });

  test("errors are JSON with the right status", async ({ request }) => {
    const cases: Array<[string, number, string]> = [
      ["/api/v1/catalogues/nope/1", 404, "not_found"],
      ["/api/v1/catalogues/owasp-iot-framework/2016-03-18?evil=1", 400, "validation_failed"],
      ["/api/v1/catalogues/%27%20OR%201%3D1--/1", 404, "not_found"],
      ["/api/v1/no-such-endpoint", 404, "not_found"],
      ["/api/nothing/here", 404, "not_found"],
    ];
    for (const [path, status, code] of cases) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(status);
      const body = await res.json();
      expect(body.error).toMatchObject({ code, message: expect.any(String) });
    }
    const bad = await (await request.get("/api/v1/catalogues?limit=5")).json();
    expect(bad.error.issues).toEqual([{ field: "limit", message: "unknown query parameter" }]);
  });

  test("pages carry a strict Content-Security-Policy and security headers", async ({ request }) => {
    const res = await request.get("/catalogues");
    const h = res.headers();
    expect(h["content-security-policy"]).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
    );
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).not.toContain("'unsafe-inline' 'unsafe-eval'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["strict-transport-security"]).toContain("max-age=");
    expect(h["x-powered-by"]).toBeUndefined();
  });
});
