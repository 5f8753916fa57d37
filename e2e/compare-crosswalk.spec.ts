import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { scoredVendors } from "./compare-data";
import { OWNER_STATE, ownerInfo } from "./helpers";

test.use({ storageState: OWNER_STATE });

const ranking = (page: Page) => page.getByTestId("crosswalk-ranking").getByRole("listitem");
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test("the compare page's Regulations tab ranks vendors by readiness, draws the matrix both ways, keeps it in the URL, and goes into a share snapshot", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  // Every criterion at 3 (readiness 75 %) and at 1 (25 %).
  const [strong, weak] = await scoredVendors(request, [
    { name: "Ready", scores: { EDGE: 3, GW: 3, CLOUD: 3, MOBILE: 3 } },
    { name: "Lagging", scores: { EDGE: 1, GW: 1, CLOUD: 1, MOBILE: 1 } },
  ]);
  const base = `/w/${ownerInfo().workspace}/compare`;
  await page.goto(`${base}?e=${weak.id},${strong.id}`);
  await expect(page.getByTestId("compare-view")).toHaveAttribute("data-ready", "true");
  const tabs = page.getByRole("navigation", { name: "Comparison views" });
  await expect(tabs.getByRole("link", { name: "Scores" })).toHaveAttribute("aria-current", "page");

  // The tab opens on the first regulation; choose NIST IR 8425.
  await tabs.getByRole("link", { name: "Regulations" }).click();
  await expect(page).toHaveURL(/[?&]xw=(&|$)/);
  await expect(tabs.getByRole("link", { name: "Regulations" })).toHaveAttribute("aria-current", "page");
  const targets = page.getByRole("navigation", { name: "Regulation" });
  await expect(targets.getByRole("link")).toHaveCount(3);
  await targets.getByRole("link", { name: "NIST IR 8425" }).click();
  await expect(page).toHaveURL(/xw=nist-ir-8425/);
  const panel = page.getByTestId("crosswalk-panel");
  await expect(
    panel.getByRole("heading", { level: 2, name: /Readiness against NIST IR 8425/ }),
  ).toBeVisible();
  await expect(panel.getByRole("note")).toContainText("not a conformity assessment");
  await expect(ranking(page)).toHaveCount(2);
  await expect(ranking(page).first()).toContainText(strong.name);
  await expect(ranking(page).first()).toContainText("75 %");
  await expect(ranking(page).nth(1)).toContainText(weak.name);
  await expect(ranking(page).nth(1)).toContainText("25 %");
  await expect(ranking(page).first()).toContainText(/\d+ full · \d+ partial · \d+ not assessed/);

  // Heatmap: the figure and a coverage mark in every assessed cell, explained by a key.
  const heatmap = page.getByTestId("crosswalk-heatmap");
  await expect(heatmap.getByRole("list", { name: "Colour and mark key" })).toContainText("full coverage");
  const firstRow = heatmap.locator("tr[data-requirement]").first();
  await expect(firstRow.getByRole("cell").nth(1)).toContainText(/75 [●◐]/);
  await expectNoA11yViolations(page);

  // Table: the same matrix with coverage in words.
  await panel.getByRole("button", { name: "Table" }).click();
  await expect(page).toHaveURL(/xwv=table/);
  const table = page.getByTestId("crosswalk-table");
  await expect(table.getByRole("columnheader", { name: new RegExp(strong.name) })).toBeVisible();
  await expect(table.locator("tr[data-requirement]").first()).toContainText(/75 %\s*(Full|Partial)/);
  await expect(page.getByTestId("not-in-catalogue")).toBeVisible();
  await expectNoA11yViolations(page);

  // A reload keeps the tab, the regulation and the table.
  await page.reload();
  await expect(page.getByRole("button", { name: "Table" })).toHaveAttribute("aria-pressed", "true");
  await expect(targets.getByRole("link", { name: "NIST IR 8425" })).toHaveAttribute("aria-current", "page");
  await expect(ranking(page).first()).toContainText(strong.name);

  // Keyboard: from the tabs to the regulations, Enter opens one; Space toggles the matrix.
  await tabs.getByRole("link", { name: "Scores" }).focus();
  await page.keyboard.press("Tab");
  await expect(tabs.getByRole("link", { name: "Regulations" })).toBeFocused();
  const cra = targets.getByRole("link", { name: /Cyber Resilience Act/ });
  for (let i = 0; i < 3 && !(await cra.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(cra).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/xw=eu-cra-annex-i/);
  await expect(panel.getByRole("heading", { level: 2, name: /Cyber Resilience Act/ })).toBeVisible();
  await page.getByRole("button", { name: "Heatmap" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("crosswalk-heatmap")).toBeVisible();
  await expect(page).not.toHaveURL(/xwv=/);

  // Share with the tab shown: the outsider's page has the frozen crosswalk.
  await page.getByLabel("Expires after (days)").fill("7");
  await page.getByRole("button", { name: "Create share link" }).click();
  const url = await page.getByLabel("Share link").inputValue();
  const outsider = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const guest = await outsider.newPage();
  await guest.goto(url);
  await expect(guest.getByText("read-only shared snapshot")).toBeVisible();
  await guest
    .getByRole("navigation", { name: "Comparison views" })
    .getByRole("link", { name: "Regulations" })
    .click();
  await expect(
    guest.getByRole("heading", { level: 2, name: /Readiness against EU Cyber Resilience Act/ }),
  ).toBeVisible();
  await expect(ranking(guest).first()).toContainText(strong.name);
  await expect(ranking(guest).first()).toContainText("75 %");
  await expect(guest.getByTestId("not-in-catalogue")).toContainText("II(5)");
  await expectNoA11yViolations(guest);
  await outsider.close();

  // What it looks like, on a desktop and on a 390 px phone: the matrix scrolls in its own box.
  await page.screenshot({ path: "test-results/compare-crosswalk-desktop.png", fullPage: true });
  await page.getByTestId("crosswalk").screenshot({ path: "test-results/compare-crosswalk-tab.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId("crosswalk-heatmap")).toBeVisible();
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.screenshot({ path: "test-results/compare-crosswalk-phone.png", fullPage: true });
  await page.getByRole("button", { name: "Table" }).click();
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.screenshot({ path: "test-results/compare-crosswalk-phone-table.png", fullPage: true });
});

test("an unknown regulation in the address is explained, with the ones there are", async ({
  page,
  request,
}) => {
  const [a, b] = await scoredVendors(request, [
    { name: "One", scores: { EDGE: 2, GW: 2, CLOUD: 2, MOBILE: 2 } },
    { name: "Two", scores: { EDGE: 4, GW: 4, CLOUD: 4, MOBILE: 4 } },
  ]);
  await page.goto(`/w/${ownerInfo().workspace}/compare?e=${a.id},${b.id}&xw=iso-27001&xwv=pie`);
  await expect(page.getByTestId("crosswalk-message")).toContainText("“iso-27001”");
  await expect(page.getByRole("navigation", { name: "Regulation" }).getByRole("link")).toHaveCount(3);
  await page
    .getByRole("navigation", { name: "Regulation" })
    .getByRole("link", { name: "ETSI EN 303 645" })
    .click();
  await expect(ranking(page).first()).toContainText(b.name);
  await expect(ranking(page).first()).toContainText("100 %");
});
