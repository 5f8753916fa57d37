import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { contractChecker } from "./contract-checker";
import { OWNER_STATE, ownerInfo, unique } from "./helpers";

test.use({ storageState: OWNER_STATE });
// The import tests change the catalogue list this one counts: run the file in order.
test.describe.configure({ mode: "serial" });

const BASIC = path.join(process.cwd(), "../shared/fixtures/oscal/basic-catalog.json");

const libraryYaml = (version: string) => `urn: urn:e2e:risk:library:e2e-lib
locale: en
ref_id: e2e-lib
name: E2E library
version: "${version}"
provider: E2E
objects:
  framework:
    urn: urn:e2e:risk:framework:e2e-lib
    ref_id: e2e-lib
    name: E2E framework
    requirement_nodes:
      - { urn: "urn:e2e:n:s", assessable: false, depth: 1, ref_id: "S", name: "Section" }
      - { urn: "urn:e2e:n:r1", assessable: true, depth: 2, parent_urn: "urn:e2e:n:s", ref_id: "R1", name: "First" }
      - { urn: "urn:e2e:n:r2", assessable: true, depth: 2, parent_urn: "urn:e2e:n:s", ref_id: "R2", name: "Second" }
`;

test("an owner imports an OSCAL catalog through the UI with progress, sees it listed, views and exports it", async ({
  page,
}) => {
  const owner = ownerInfo();
  const version = `e2e-${unique()}`;
  await page.goto(`/w/${owner.workspace}`);
  await page
    .getByRole("navigation", { name: "Workspace" })
    .getByRole("link", { name: "Catalogues", exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/w/${owner.workspace}/catalogues$`));
  await expect(page.getByRole("heading", { level: 1, name: "Catalogues" })).toBeVisible();
  await expectNoA11yViolations(page);

  // Hold the response back a little, so the progress display is observable even on a fast machine.
  await page.route("**/catalogues/import", async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await page.getByLabel("Catalogue file").setInputFiles(BASIC);
  await page.getByLabel("Version (optional)").fill(version);
  await page.getByRole("button", { name: "Import catalogue" }).click();
  await expect(page.getByTestId("upload-progress")).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Upload progress" })).toBeVisible();
  await expect(page.locator("main").getByRole("status").filter({ hasText: "Imported" })).toContainText(
    "with 4 criteria",
  );

  const row = page.getByTestId("catalogue-row").filter({ hasText: version });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("OSCAL");
  await expect(row).toContainText("imported");
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sample Security Catalog");
  await expectNoA11yViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "OSCAL JSON" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`${version}\\.oscal\\.json$`));
  const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(exported.catalog.metadata.version).toBe(version);
  expect(exported.catalog.groups).toHaveLength(2);

  const [yaml] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CISO Assistant YAML" }).click(),
  ]);
  expect(readFileSync(await yaml.path(), "utf8")).toContain("requirement_nodes:");
});

test("an import error names the problem and stores nothing", async ({ page }) => {
  const owner = ownerInfo();
  await page.goto(`/w/${owner.workspace}/catalogues`);
  const before = await page.getByTestId("catalogue-row").count();
  await page.getByLabel("Catalogue file").setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"catalog":{"uuid":"nope"}}'),
  });
  await page.getByRole("button", { name: "Import catalogue" }).click();
  // Scoped to main: Next's route announcer is an alert too.
  await expect(page.locator("main").getByRole("alert")).toContainText("$.catalog.uuid");
  await page.reload();
  await expect(page.getByTestId("catalogue-row")).toHaveCount(before);
});

test("API: import a CISO Assistant library as YAML, export it, and other callers cannot", async ({
  request,
}) => {
  const owner = ownerInfo();
  const version = `api-${unique()}`;
  const headers = { Authorization: `Bearer ${owner.token}` };
  const res = await request.post("/api/v1/catalogues/import", {
    headers: { ...headers, "Content-Type": "application/yaml" },
    data: libraryYaml(version),
  });
  expect(res.status()).toBe(201);
  expect(await res.json()).toEqual({ slug: "e2e-lib", version, criteriaCount: 2 });

  const again = await request.post("/api/v1/catalogues/import", {
    headers: { ...headers, "Content-Type": "application/yaml" },
    data: libraryYaml(version),
  });
  expect(again.status()).toBe(409);
  expect((await again.json()).error.issues[0].field).toBe("version");

  const exported = await request.get(`/api/v1/catalogues/e2e-lib/${version}/export?format=ciso-assistant`, {
    headers,
  });
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toContain("application/yaml");
  expect(await exported.text()).toContain(`urn:scorecard:risk:req_node:e2e-lib-${version}:r1`);
  // Archived and restored through the API as on the catalogue's page; answers as documented.
  const check = await contractChecker(request);
  const base = `/api/v1/catalogues/e2e-lib/${version}`;
  const archived = await request.post(`${base}/archive`, { headers });
  await check("/api/v1/catalogues/{slug}/{version}/archive", "post", archived);
  expect((await archived.json()).archivedAt).not.toBeNull();
  const restored = await request.post(`${base}/unarchive`, { headers });
  await check("/api/v1/catalogues/{slug}/{version}/unarchive", "post", restored);
  expect((await restored.json()).archivedAt).toBeNull();
  const builtIn = await request.post("/api/v1/catalogues/owasp-iot-framework/2016-03-18/archive", {
    headers,
  });
  await check("/api/v1/catalogues/{slug}/{version}/archive", "post", builtIn);
  expect(builtIn.status()).toBe(403);
  // Built-in mapping sets are shared too; an unknown one is 404.
  const { mappingSets } = await (await request.get("/api/v1/mappings", { headers })).json();
  const mapping = mappingSets.find((m: { builtIn: boolean }) => m.builtIn);
  const sharedMapping = await request.post(`/api/v1/mappings/${mapping.id}/archive`, { headers });
  await check("/api/v1/mappings/{id}/archive", "post", sharedMapping);
  expect(sharedMapping.status()).toBe(403);
  const unknownMapping = await request.post(`/api/v1/mappings/${crypto.randomUUID()}/unarchive`, { headers });
  await check("/api/v1/mappings/{id}/unarchive", "post", unknownMapping);
  expect(unknownMapping.status()).toBe(404);

  // Imported catalogues are private to their workspace: anonymous callers get 404.
  expect((await request.get(`/api/v1/catalogues/e2e-lib/${version}/export?format=oscal`)).status()).toBe(404);
  expect((await request.get(`/api/v1/catalogues/e2e-lib/${version}`)).status()).toBe(404);
  // The built-in catalogue is public.
  expect(
    (await request.get("/api/v1/catalogues/owasp-iot-framework/2016-03-18/export?format=oscal")).status(),
  ).toBe(200);

  const readOnly = await request.post("/api/v1/catalogues/import", {
    headers: { Authorization: `Bearer ${owner.readToken}`, "Content-Type": "application/yaml" },
    data: libraryYaml(`ro-${unique()}`),
  });
  expect(readOnly.status()).toBe(403);
  const tooBig = await request.post("/api/v1/catalogues/import", {
    headers: { ...headers, "Content-Type": "application/json" },
    data: `{"x":"${"a".repeat(5 * 1024 * 1024)}"}`,
  });
  expect(tooBig.status()).toBe(413);
  const wrongType = await request.post("/api/v1/catalogues/import", {
    headers: { ...headers, "Content-Type": "text/plain" },
    data: "hello",
  });
  expect(wrongType.status()).toBe(400);
});
