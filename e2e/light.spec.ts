import { existsSync } from "node:fs";
import { devices, expect, test } from "@playwright/test";
import { scoredVendors } from "./compare-data";
import { OWNER_STATE, ownerInfo } from "./helpers";
import {
  expectTargetSize,
  inOwnBoundary,
  layoutShift,
  layoutShiftSources,
  scriptBytes,
  scrollThrough,
  watchLayoutShifts,
  watchScripts,
} from "./light";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Headless Chromium hides scrollbars by default; a reader's browser shows them, and a scrollbar
// appearing while the page streams in shifts everything sideways. So they are shown here.
test.use({
  storageState: OWNER_STATE,
  launchOptions: {
    ...(existsSync(chromium)
      ? {
          executablePath: chromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        }
      : {}),
    ignoreDefaultArgs: ["--hide-scrollbars"],
  },
});

test("compare page, 5 vendors: no layout shift while it streams in and as the charts appear; at most 200 KB of JavaScript; touch targets of 24 px", async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const profiles = [4, 3, 2, 1, 0].map((n, i) => ({
    name: `Light ${i}`,
    scores: { EDGE: n, GW: (n + 1) % 5, CLOUD: (n + 2) % 5, MOBILE: (n + 3) % 5 },
  }));
  const vendors = await scoredVendors(request, profiles);
  await watchLayoutShifts(page);
  const scripts = watchScripts(page);
  await page.goto(`/w/${ownerInfo().workspace}/compare?e=${vendors.map((v) => v.id).join(",")}`);
  await expect(page.getByTestId("compare-view")).toHaveAttribute("data-ready", "true");
  await expect.poll(scripts.pending).toBe(0);
  // What the page needs to show and work (the charts' recharts comes when they are scrolled near).
  expect(await scriptBytes(page)).toBeLessThanOrEqual(200 * 1024);
  await scrollThrough(page);
  await expect.poll(() => page.locator("figure svg.recharts-surface").count()).toBeGreaterThanOrEqual(3);
  await page.waitForTimeout(500);
  expect(await layoutShift(page), await layoutShiftSources(page)).toBeLessThan(0.05);
  // The heatmap's held space is at least its drawn height: nothing below it moves when it appears,
  // however late its code arrives (the shift above depends on timing; this does not).
  const heatmap = await page.evaluate(() => {
    const figure = document.querySelector("details figure")!;
    const box = figure.closest(".size-full")!;
    return {
      drawn: figure.getBoundingClientRect().height,
      held: parseFloat(getComputedStyle(box).minHeight),
    };
  });
  expect(heatmap.drawn).toBeGreaterThan(300);
  expect(heatmap.held).toBeGreaterThanOrEqual(heatmap.drawn);
  await expectTargetSize(page);
});

test("catalogue page: touch targets of 24 px @mobile", async ({ page }) => {
  await page.goto("/catalogues/owasp-iot-framework/2016-03-18");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectTargetSize(page);
});

// A phone in every project (the desktop one too): the figure this guards is Lighthouse's mobile one.
const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices["Pixel 7"];
const phone = { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch };

test.describe("on a phone", () => {
  test.use(phone);

  test("compare page loaded on a phone: its table, heatmap and picker hydrate apart from the rest, and work @mobile", async ({
    page,
    request,
  }) => {
    const vendors = await scoredVendors(request, [
      { name: "Apart A", scores: { EDGE: 4, GW: 3, CLOUD: 2, MOBILE: 1 } },
      { name: "Apart B", scores: { EDGE: 1, GW: 2, CLOUD: 3, MOBILE: 4 } },
    ]);
    await page.goto(`/w/${ownerInfo().workspace}/compare?e=${vendors.map((v) => v.id).join(",")}`);
    await expect(page.getByTestId("compare-view")).toHaveAttribute("data-ready", "true");
    // Each hydrates in a pass of its own (HydrateApart), not in one long task with the page.
    for (const part of ["compare-table", "heatmap", "compare-selection"])
      expect(await inOwnBoundary(page, `[data-testid="${part}"]`), part).toBe(true);
    // And the table works: a cell opens its reviews.
    await page
      .getByTestId("compare-table")
      .getByRole("button", { name: /show reviews/ })
      .first()
      .click();
    await expect(page.locator("#cell-detail")).toBeVisible();
    await page.keyboard.press("Escape");
    // So does the picker, folded under "Change the selection".
    await page.getByText("Change the selection").click();
    await expect(page.getByTestId("compare-selection")).toHaveAttribute("open", "");
  });
});
