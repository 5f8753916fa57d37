import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";

const CATALOGUE = "/catalogues/owasp-iot-framework/2016-03-18";

/** Keyboard shortcuts and typing need React to have hydrated the browser. */
const waitUntilInteractive = (page: Page) =>
  expect(page.getByTestId("catalogue-browser")).toHaveAttribute("data-ready", "true");

test.describe("catalogue", () => {
  test("home explains the product and links to the catalogue", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Score IoT frameworks");
    await expect(page.getByRole("table")).toContainText("Secure by default");
    await page.getByRole("link", { name: /Browse the criteria/ }).click();
    await expect(page).toHaveURL(CATALOGUE);
    await expectNoA11yViolations(page);
  });

  test("lists catalogues", async ({ page }) => {
    await page.goto("/catalogues");
    await expect(page.getByRole("link", { name: /IoT Framework Security Considerations/ })).toContainText(
      "4 sections · 58 criteria",
    );
    await expectNoA11yViolations(page);
  });

  test("shows 4 sections and 58 criteria with per-section counts", async ({ page }) => {
    // Criterion links prefetch when reached for, not each one on screen (each is a server render).
    const prefetches: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/criteria/") && r.headers()["next-router-prefetch"]) prefetches.push(r.url());
    });
    await page.goto(CATALOGUE);
    await expect(page.getByTestId("catalogue-section")).toHaveCount(4);
    await expect(page.getByTestId("criterion-row")).toHaveCount(58);
    await expect(page.getByTestId("result-count")).toHaveText("58 criteria");
    for (const [key, n] of [
      ["EDGE", 26],
      ["GW", 8],
      ["CLOUD", 16],
      ["MOBILE", 8],
    ] as const) {
      await expect(page.getByTestId(`section-${key}`)).toContainText(`(${n})`);
    }
    await waitUntilInteractive(page);
    await page.waitForLoadState("networkidle");
    expect(prefetches).toEqual([]);
    await expectNoA11yViolations(page);
  });

  test("search filters instantly, keeps its state in the URL, and shows an empty state", async ({ page }) => {
    await page.goto(CATALOGUE);
    await waitUntilInteractive(page);
    await page.keyboard.press("/");
    await expect(page.getByRole("searchbox", { name: "Search criteria" })).toBeFocused();
    await page.keyboard.type("default passwords");
    await expect(page.getByTestId("criterion-row")).toHaveCount(1);
    await expect(page.getByTestId("criterion-row")).toContainText("No default passwords");
    await expect(page.getByTestId("result-count")).toHaveText("Showing 1 of 58 criteria");
    await expect(page).toHaveURL(/q=default\+passwords/);
    const row = page.getByTestId("criterion-row");
    await expect(row.locator("mark").first()).toHaveText(/default/i);
    // The row's own anchor (a plain SVG icon) is reachable by keyboard and shows when focused.
    const anchor = row.getByRole("link", { name: /in this list$/ });
    await anchor.focus();
    await expect(anchor).toBeFocused();
    await expect(anchor.locator("svg")).toBeVisible();

    await page.reload(); // the URL holds the state
    await expect(page.getByTestId("criterion-row")).toHaveCount(1);
    await waitUntilInteractive(page);

    await page.getByRole("searchbox").fill("zzzz no such thing");
    await expect(page.getByText(/No criterion matches/)).toBeVisible();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(page.getByTestId("criterion-row")).toHaveCount(58);
  });

  test("section filter combines with search", async ({ page }) => {
    await page.goto(`${CATALOGUE}?section=GW`);
    await expect(page.getByTestId("criterion-row")).toHaveCount(8);
    await expect(page.getByTestId("section-GW")).toHaveAttribute("aria-pressed", "true");
    await waitUntilInteractive(page);
    await page.getByRole("searchbox").fill("automatic updates");
    await expect(page.getByTestId("criterion-row")).toHaveCount(1);
    await expect(page.getByTestId("criterion-row")).toContainText("GW-08");
    await page.getByRole("button", { name: /All sections/ }).click();
    await expect(page.getByTestId("result-count")).toHaveText(/Showing \d+ of 58 criteria/);
    await expect(page).not.toHaveURL(/section=/);
  });

  test("criterion page shows description, guidance per level and source; deep links work", async ({
    page,
  }) => {
    await page.goto(`${CATALOGUE}#EDGE-07`);
    await page.getByRole("link", { name: "No default passwords" }).click();
    await expect(page).toHaveURL(`${CATALOGUE}/criteria/EDGE-07`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No default passwords");
    await expect(page.getByTestId("criterion-description")).not.toBeEmpty();
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(7); // header + 5 levels + N/A
    await expect(rows.nth(5)).toContainText("Secure by default");
    await expect(page.getByText(/Source: OWASP Foundation/)).toContainText("CC BY-SA");
    await page.getByRole("link", { name: /EDGE-08/ }).click();
    await expect(page).toHaveURL(/criteria\/EDGE-08$/);
    await expectNoA11yViolations(page);
  });

  test("unknown catalogue, version or criterion is a real 404 page", async ({ page }) => {
    for (const path of [
      "/catalogues/nope/1",
      `/catalogues/owasp-iot-framework/1999`,
      `${CATALOGUE}/criteria/EDGE-99`,
      `${CATALOGUE}/criteria/%3Cscript%3E`,
      "/no/such/page",
    ]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
    }
    await expectNoA11yViolations(page);
  });

  test("is usable on a phone, in the dark theme @mobile", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(CATALOGUE);
    await expect(page.getByTestId("criterion-row")).toHaveCount(58);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("button", { name: /^Theme:/ })).toBeInViewport();
    await expectNoA11yViolations(page);
  });

  test("theme toggle persists across reloads", async ({ page }) => {
    await page.goto("/");
    const toggle = page.getByRole("button", { name: /^Theme:/ });
    await expect(toggle).toHaveAccessibleName(/Theme: system/);
    await expect(toggle).toHaveAttribute("data-ready", "true");
    await toggle.click();
    await expect(page.locator("html")).toHaveClass("light");
    await toggle.click();
    await expect(page.locator("html")).toHaveClass("dark");
    await page.reload();
    await expect(page.locator("html")).toHaveClass("dark");
    await expectNoA11yViolations(page);
  });
});
