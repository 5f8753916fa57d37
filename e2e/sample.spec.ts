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

  // How each framework stands against the regulations: the compare page's Regulations tab…
  await page
    .getByRole("navigation", { name: "Comparison views" })
    .getByRole("link", { name: "Regulations" })
    .click();
  await page
    .getByRole("navigation", { name: "Regulation" })
    .getByRole("link", { name: /Cyber Resilience Act/ })
    .click();
  const ranked = page.getByTestId("crosswalk-ranking").getByRole("listitem");
  await expect(ranked).toHaveCount(5);
  await expect(ranked.first()).toContainText(/\d+ %/);
  // …with the requirements the OWASP criteria cannot speak to listed, never scored.
  await expect(page.getByTestId("not-in-catalogue")).toContainText("II(5)");
  // A ranked vendor opens its evaluation's requirement-by-requirement page for that regulation…
  await ranked.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/evaluations\/[0-9a-f-]+\/regulations\/eu-cra-annex-i$/);
  await expect(page.getByTestId("requirement")).toHaveCount(22);
  await expect(page.getByRole("heading", { name: "Not assessed by this catalogue (5)" })).toBeVisible();
  // …and the evaluation's overview has the Regulations panel for all three.
  await page.goto(page.url().replace(/\/regulations\/.*$/, ""));
  const panel = page.getByTestId("regulations");
  await expect(panel.getByTestId("regulation")).toHaveCount(3);
  await expect(panel.getByTestId("regulation-readiness").first()).toHaveText(/\d+ %/);
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
