import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { newMember, OWNER_STATE, ownerInfo, unique } from "./helpers";

// Mapping-set management: import through the UI, the detail page with its filter, archive, download.
// (The list and the built-in downloads are covered by regulations.spec.ts.)
test.use({ storageState: OWNER_STATE });
test.describe.configure({ mode: "serial" });

const BASIC_CATALOG = path.join(process.cwd(), "../shared/fixtures/oscal/basic-catalog.json");

/** The path of the set the first test imports, which the second one must not reach from elsewhere. */
let importedPath = "";

/**
 * A workspace of this spec's own: a second OWASP → CRA set in the shared one would change what
 * the regulations spec counts (readiness panels, the mapping list) while both run.
 */
async function labWorkspace(page: Page) {
  await page.goto("/w?list=1");
  await page.getByLabel("Name").fill(`Crosswalk lab ${unique()}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/w\/crosswalk-lab-/);
  return new URL(page.url()).pathname.split("/")[2];
}

/** The built-in OWASP → CRA mapping as OSCAL, under a new slug and title: a set this run owns. */
async function ownMappingFile(page: Page, workspace: string, slug: string, title: string) {
  await page.goto(`/w/${workspace}/mappings`);
  const href = await page
    .getByTestId("mapping-set-row")
    .filter({ hasText: "EU Cyber Resilience Act" })
    .getByRole("link", { name: "OSCAL" })
    .getAttribute("href");
  const doc = await (await page.request.get(href!)).json();
  const meta = doc["mapping-collection"].metadata;
  meta.title = title;
  meta.props = meta.props.map((p: { name: string }) => (p.name === "slug" ? { ...p, value: slug } : p));
  return {
    name: `${slug}.mapping.json`,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(doc)),
  };
}

test("an owner imports a mapping set with progress, filters it, archives it and downloads it", async ({
  page,
}, testInfo) => {
  const workspace = await labWorkspace(page);
  const slug = `e2e-cra-${unique()}`;
  const title = `E2E crosswalk ${slug}`;
  const file = await ownMappingFile(page, workspace, slug, title);
  await expect(page.getByRole("heading", { name: "Import a mapping set" })).toBeVisible();
  // Hold the response back a little, so the progress display is observable even on a fast machine.
  await page.route("**/mappings/import", async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await page.getByLabel("Mapping file").setInputFiles(file);
  await page.getByRole("button", { name: "Import mapping set" }).click();
  await expect(page.getByRole("progressbar", { name: "Upload progress" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/w/${workspace}/mappings/[0-9a-f-]{36}$`));
  importedPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("mapping-direction")).toContainText(
    "IoT Framework Security Considerations (2016-03-18) → EU Cyber Resilience Act",
  );
  await expect(page.getByTestId("relationship-counts")).toContainText("98 links");
  await expect(page.getByTestId("relationship-counts")).toContainText("34 subset");
  await expect(page.getByTestId("not-in-catalogue")).toContainText("II(5)");
  await expectNoA11yViolations(page);
  await page.screenshot({ path: testInfo.outputPath("mapping-detail-desktop.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath("mapping-detail-phone.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The filter lives in the address: a requirement's title, then a relationship on top.
  await page.getByLabel("Filter links").fill("secure by default");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]q=secure\+by\+default/);
  const links = page.getByTestId("mapping-link");
  await expect(links.first()).toBeVisible();
  for (const text of await links.allTextContents()) expect(text).toContain("Secure by default");
  await page.getByLabel("Relationship").selectOption("intersects");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/rel=intersects/);
  await expect(page.getByText(/\d+ of 98 links match/)).toBeVisible();
  for (const text of await links.allTextContents()) expect(text).toContain("intersects");
  await page.reload();
  await expect(page.getByLabel("Filter links")).toHaveValue("secure by default");
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page.getByTestId("mapping-link")).toHaveCount(98);

  const [oscal] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "OSCAL", exact: true }).click(),
  ]);
  expect(oscal.suggestedFilename()).toBe(`${slug}-1.0.0.mapping.json`);
  const exported = JSON.parse(readFileSync(await oscal.path(), "utf8"));
  expect(exported["mapping-collection"].metadata.title).toBe(title);

  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Archive mapping set" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Archived on" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Restore mapping set" })).toBeVisible();
  await page.getByRole("link", { name: "Mapping sets" }).first().click();
  const row = page.getByTestId("mapping-set-row").filter({ hasText: title });
  await expect(row).toContainText("Imported here");
  await expect(row.getByTestId("archived")).toBeVisible();
});

test("a mapping import error names the problem; a reviewer sees no import form and another workspace's set is 404", async ({
  page,
  browser,
}) => {
  const owner = ownerInfo();
  await page.goto(`/w/${owner.workspace}/mappings`);
  const before = await page.getByTestId("mapping-set-row").count();
  await page.getByLabel("Mapping file").setInputFiles(BASIC_CATALOG);
  await page.getByRole("button", { name: "Import mapping set" }).click();
  // Scoped to main: Next's route announcer is an alert too.
  await expect(page.locator("main").getByRole("alert")).toContainText("mapping-collection");
  await page.reload();
  await expect(page.getByTestId("mapping-set-row")).toHaveCount(before);

  const reviewer = await newMember(browser, "reviewer");
  await reviewer.page.goto(`/w/${owner.workspace}/mappings`);
  await expect(reviewer.page.getByRole("heading", { level: 1, name: "Mapping sets" })).toBeVisible();
  await expect(reviewer.page.getByLabel("Mapping file")).toHaveCount(0);
  // The set imported into the other workspace does not exist here.
  const id = importedPath.split("/").pop();
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  const missing = await reviewer.page.goto(`/w/${owner.workspace}/mappings/${id}`);
  expect(missing?.status()).toBe(404);
  await reviewer.ctx.close();
});
