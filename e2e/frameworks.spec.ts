import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { newMember, OWNER_STATE, ownerInfo, unique } from "./helpers";

test.use({ storageState: OWNER_STATE });

/** The create form on the list page (the table has links and a region named "Frameworks" too). */
const createForm = (page: Page) =>
  page.locator("form").filter({ has: page.getByRole("button", { name: "Add framework" }) });

async function addFramework(
  page: Page,
  fields: {
    name: string;
    vendor?: string;
    version?: string;
    url?: string;
    types?: string[];
    description?: string;
  },
) {
  const form = createForm(page);
  await form.getByLabel("Name", { exact: true }).fill(fields.name);
  await form.getByLabel("Vendor", { exact: true }).fill(fields.vendor ?? "Acme");
  await form.getByLabel("Product version", { exact: true }).fill(fields.version ?? "1.0");
  await form.getByLabel("URL", { exact: true }).fill(fields.url ?? "");
  for (const t of fields.types ?? ["Edge"])
    await form.getByRole("checkbox", { name: t, exact: true }).check();
  if (fields.description) await form.getByLabel("Description", { exact: true }).fill(fields.description);
  await form.getByRole("button", { name: "Add framework" }).click();
}

const rowOf = (page: Page, name: string) =>
  page.getByTestId("framework-row").filter({ has: page.getByRole("link", { name, exact: true }) });

test("add (after fixing a bad URL), edit, archive and restore a framework", async ({ page }) => {
  const owner = ownerInfo();
  const name = `Zephyr SDK ${unique()}`;
  page.on("dialog", (d) => d.accept());
  await page.goto(`/w/${owner.workspace}`);
  await page
    .getByRole("navigation", { name: "Workspace" })
    .getByRole("link", { name: "Frameworks", exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/w/${owner.workspace}/frameworks$`));
  await expect(page.getByRole("heading", { level: 1, name: "Frameworks" })).toBeVisible();
  await expectNoA11yViolations(page);

  // A URL the browser accepts as a URL but the server must refuse (not http/https).
  await addFramework(page, {
    name,
    vendor: "Zephyr Project",
    version: "3.6.0",
    url: "javascript:alert(1)",
    types: ["Edge", "Cloud"],
    description: "RTOS.\nSecond line.",
  });
  const form = createForm(page);
  const url = form.getByLabel("URL", { exact: true });
  await expect(url).toHaveAttribute("aria-invalid", "true");
  await expect(url).toHaveAccessibleDescription("Use an http or https URL.");
  await expect(page.locator("main").getByRole("alert").first()).toBeVisible();
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue(name);
  await expect(form.getByLabel("Vendor", { exact: true })).toHaveValue("Zephyr Project");
  await expect(form.getByLabel("Product version", { exact: true })).toHaveValue("3.6.0");
  await expect(form.getByLabel("Description", { exact: true })).toHaveValue("RTOS.\nSecond line.");
  await expect(form.getByRole("checkbox", { name: "Edge", exact: true })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Cloud", exact: true })).toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Gateway", exact: true })).not.toBeChecked();
  await expect(rowOf(page, name)).toHaveCount(0);

  await url.fill("https://zephyr.example/docs");
  await form.getByRole("button", { name: "Add framework" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Framework added.");
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("");
  const row = rowOf(page, name);
  await expect(row).toContainText("Zephyr Project");
  await expect(row).toContainText("3.6.0");
  await expect(row.getByRole("list", { name: "Component types" }).getByRole("listitem")).toHaveText([
    "Edge",
    "Cloud",
  ]);
  const external = row.getByRole("link", { name: /zephyr\.example\/docs/ });
  await expect(external).toHaveAttribute("href", "https://zephyr.example/docs");
  await expect(external).toHaveAttribute("rel", "noopener noreferrer");

  await row.getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${owner.workspace}/frameworks/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByLabel("Product version", { exact: true })).toHaveValue("3.6.0");
  await expectNoA11yViolations(page);

  await page.getByLabel("Product version", { exact: true }).fill("3.7.0");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Changes saved.");
  await expect(page.getByText("Zephyr Project · version 3.7.0")).toBeVisible();
  await expect(page.getByLabel("Product version", { exact: true })).toHaveValue("3.7.0");

  await page.getByRole("button", { name: "Archive framework" }).click();
  await expect(page.getByTestId("framework-status")).toContainText("Archived");
  await expect(page.getByRole("button", { name: "Restore framework" })).toBeVisible();

  await page.getByRole("link", { name: "← All frameworks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Frameworks" })).toBeVisible();
  await expect(rowOf(page, name)).toHaveCount(0);
  await page.getByRole("link", { name: "Show archived" }).click();
  await expect(page).toHaveURL(/\?archived=1$/);
  await expect(rowOf(page, name)).toContainText("Archived");
  await expect(rowOf(page, name)).toContainText("3.7.0");
  await expectNoA11yViolations(page);

  await rowOf(page, name).getByRole("link", { name, exact: true }).click();
  await page.getByRole("button", { name: "Restore framework" }).click();
  await expect(page.getByTestId("framework-status")).toContainText("Active");
  await page.getByRole("link", { name: "← All frameworks" }).click();
  await expect(page.getByRole("link", { name: "Show archived" })).toBeVisible();
  await expect(rowOf(page, name)).toContainText("Active");
});

test("a viewer sees frameworks and their evaluation count, but no way to change them", async ({
  browser,
  request,
}) => {
  const owner = ownerInfo();
  const auth = { Authorization: `Bearer ${owner.token}` };
  const name = `Viewer-visible ${unique()}`;
  const fw = await request.post("/api/v1/frameworks", {
    headers: auth,
    data: { name, vendor: "Acme", productVersion: "2.1", url: "", componentTypes: ["gateway"] },
  });
  expect(fw.status()).toBe(201);
  const { id } = await fw.json();
  const evaluation = await request.post("/api/v1/evaluations", {
    headers: auth,
    data: {
      frameworkId: id,
      catalogue: { slug: "owasp-iot-framework", version: "2016-03-18" },
      sections: ["EDGE", "GW", "CLOUD"],
      outOfScopeReasons: { MOBILE: "No mobile SDK" },
    },
  });
  expect(evaluation.status()).toBe(201);

  const { page, ctx } = await newMember(browser, "viewer");
  await page.goto(`/w/${owner.workspace}/frameworks`);
  const row = rowOf(page, name);
  // Cells after the row header: version, component types, URL, evaluations, status.
  await expect(row.locator("td").nth(3)).toHaveText("1");
  await expect(row.locator("td").nth(2).getByRole("link")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add framework" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Add a framework" })).toHaveCount(0);
  await expectNoA11yViolations(page);

  await row.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Archive|Restore/ })).toHaveCount(0);
  await ctx.close();
});

test("a hostile name and description are shown as text, never run", async ({ page }) => {
  const owner = ownerInfo();
  const name = `<script>alert(1)</script> ${unique()}`;
  const description = `<img src=x onerror="alert(2)"> and **not** markdown`;
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`/w/${owner.workspace}/frameworks`);
  await addFramework(page, {
    name,
    vendor: `<b>Vendor</b>`,
    url: "https://example.com/?q=<x>",
    types: ["Mobile"],
    description,
  });
  await expect(page.locator("main").getByRole("status")).toHaveText("Framework added.");
  const link = rowOf(page, name).getByRole("link", { name, exact: true });
  await expect(link).toHaveText(name);
  await expect(rowOf(page, name)).toContainText("<b>Vendor</b>");
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("dd", { hasText: description })).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("an unknown, malformed or other workspace's framework id is a 404", async ({ page }) => {
  const owner = ownerInfo();
  for (const id of ["00000000-0000-7000-8000-000000000000", "not-a-uuid", "%3Cscript%3E"]) {
    const res = await page.goto(`/w/${owner.workspace}/frameworks/${id}`);
    expect(res?.status(), id).toBe(404);
  }

  // A framework in a second workspace of the same owner is still not reachable from the first.
  await page.goto("/w?list=1");
  await page.getByLabel("Name").fill(`Other ${unique()}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/w\/other-/);
  const other = new URL(page.url()).pathname.split("/")[2];
  await page.goto(`/w/${other}/frameworks`);
  await expect(page.getByText("No frameworks yet — add the first one above.")).toBeVisible();
  const name = `Foreign ${unique()}`;
  await addFramework(page, { name });
  await rowOf(page, name).getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(/\/frameworks\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split("/").pop();
  expect((await page.goto(`/w/${owner.workspace}/frameworks/${id}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
});
