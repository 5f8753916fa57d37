import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { scoredVendors } from "./compare-data";
import { OWNER_STATE, ownerInfo } from "./helpers";
import {
  expectTargetSize,
  inOwnBoundary,
  largestPaints,
  layoutShift,
  layoutShiftSources,
  scriptBytes,
  scrollThrough,
  watchLargestPaints,
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

test("compare page loaded on a phone: its largest paint is its first; the table, heatmap and picker hydrate apart @mobile", async ({
  page,
  request,
}) => {
  const vendors = await scoredVendors(request, [
    { name: "Paint A", scores: { EDGE: 4, GW: 3, CLOUD: 2, MOBILE: 1 } },
    { name: "Paint B", scores: { EDGE: 1, GW: 2, CLOUD: 3, MOBILE: 4 } },
  ]);
  await watchLargestPaints(page);
  await page.goto(`/w/${ownerInfo().workspace}/compare?e=${vendors.map((v) => v.id).join(",")}`);
  await expect(page.getByTestId("compare-view")).toHaveAttribute("data-ready", "true");
  await page.waitForTimeout(300);
  // The loading state is painted first and the page swapped in when its data has streamed; had
  // the two headers differed, the page's larger one would be a later largest paint, after the
  // scripts (Lighthouse's LCP then counts every script requested before it).
  const { fcp, candidates } = await largestPaints(page);
  expect(fcp).toBeGreaterThan(0);
  expect(candidates.at(-1), JSON.stringify(candidates)).toEqual({ t: fcp, text: expect.any(String) });
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
});
