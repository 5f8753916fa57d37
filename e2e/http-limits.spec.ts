import { expect, test } from "@playwright/test";
import { OWNER_STATE, ownerInfo, unique } from "./helpers";

test.use({ storageState: OWNER_STATE });

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

test("JSON answers under /api carry a CSP that allows nothing; pages keep their nonce CSP", async ({
  request,
}) => {
  const owner = ownerInfo();
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(health.headers()["content-security-policy"]).toBe(API_CSP);
  const me = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${owner.token}` } });
  expect(me.status()).toBe(200);
  expect(me.headers()["content-security-policy"]).toBe(API_CSP);
  const refused = await request.get("/api/v1/me");
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-security-policy"]).toBe(API_CSP);
  const page = await request.get("/sign-in");
  expect(page.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
});

test("a 15 MB backup reaches the restore handler whole (the proxy cut bodies at 10 MB); over 20 MB is our own 413", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const owner = ownerInfo();
  // The marker makes this run's frameworks unique names (restore keeps names as they are).
  const backup = await (await page.request.get(`/w/${owner.workspace}/backup`)).json();
  // A large but ordinary workspace: 3,200 frameworks with long descriptions (~16 MB in all).
  const marker = unique();
  const long = "Long description of the framework's security architecture. ".repeat(82).slice(0, 4990);
  backup.frameworks.push(
    ...Array.from({ length: 3200 }, (_, i) => ({
      ref: `big-${i}`,
      name: `Big ${marker} ${i}`,
      vendor: "Bulk Vendor",
      productVersion: "1.0",
      url: null,
      description: long,
      componentTypes: ["edge"],
      archivedAt: null,
      createdAt: new Date().toISOString(),
    })),
  );
  const body = JSON.stringify(backup);
  expect(body.length).toBeGreaterThan(15 * 1024 * 1024);
  expect(body.length).toBeLessThan(20 * 1024 * 1024);
  const headers = { "content-type": "application/json", origin: baseURL! };
  const res = await page.request.post("/restore", { headers, data: body, timeout: 150_000 });
  expect(res.status(), await res.text()).toBe(201);
  expect(res.headers()["content-security-policy"]).toBe(API_CSP);
  // Cut at 10 MB it would be invalid JSON (400); whole, it is a new workspace.
  expect(await res.json()).toMatchObject({
    slug: expect.any(String),
    name: expect.stringContaining("(restored)"),
  });

  const tooBig = await page.request.post("/restore", {
    headers,
    data: `${body}${" ".repeat(6 * 1024 * 1024)}`,
  });
  expect(tooBig.status()).toBe(413);
  expect((await tooBig.json()).error).toMatchObject({
    code: "payload_too_large",
    message: "The backup exceeds 20 MB.",
  });
});
