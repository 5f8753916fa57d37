import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { OWNER_STATE, ownerInfo, unique } from "./helpers";

test.use({ storageState: OWNER_STATE });
// One sample at a time: two loads at once would race for the same workspace slug.
test.describe.configure({ mode: "serial" });

test("a newcomer loads the sample workspace and lands on a populated dashboard and comparison", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(`/w/${ownerInfo().workspace}`);
  await page.getByRole("link", { name: "All workspaces / new" }).click();
  await page.getByRole("button", { name: "Load sample workspace" }).click();
  await expect(page).toHaveURL(/\/w\/sample-iot-framework-shortlist/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sample: IoT framework shortlist");
  await expect(page.getByTestId("dash-frameworks")).toHaveText("20");
  await page.getByRole("link", { name: "Sample shortlist (5 vendors)" }).click();
  // Rendering the comparison (charts, heatmap, table) takes the browser 2–3 s on this 2-core
  // machine with tracing on, and twice that while another spec runs beside it.
  await expect(page.getByTestId("compare-view")).toHaveAttribute("data-ready", "true", { timeout: 20_000 });
  await expect(page.getByTestId("ranking").getByRole("listitem")).toHaveCount(5);
  await expect(page.getByRole("combobox", { name: "Weight profile" })).toHaveValue("equal");
  await expect(page.getByTestId("ranking").getByRole("listitem").first()).toContainText(/\d/);
});

test("an empty workspace's Get started card loads the sample directly", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/w?list=1");
  await page.getByLabel("Name").fill(`Empty ${unique()}`);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/w\/empty-/);
  await expect(page.getByRole("heading", { name: "Get started" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Load sample workspace" }).click();
  await expect(page).toHaveURL(/\/w\/sample-iot-framework-shortlist/, { timeout: 30_000 });
  await expect(page.getByTestId("dash-frameworks")).toHaveText("20");
  await expect(page.getByRole("heading", { name: "Get started" })).toHaveCount(0);
});
