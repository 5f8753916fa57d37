import { expect, test } from "@playwright/test";
import { scoredVendors } from "./compare-data";
import { OWNER_STATE, ownerInfo } from "./helpers";

test.use({ storageState: OWNER_STATE });

test("the page's frame prefetches a destination only when the reader reaches for it: hover, focus; not every link on screen", async ({
  page,
  request,
}) => {
  const vendors = await scoredVendors(request, [
    { name: "Intent A", scores: { EDGE: 4, GW: 3, CLOUD: 2, MOBILE: 1 } },
    { name: "Intent B", scores: { EDGE: 1, GW: 2, CLOUD: 3, MOBILE: 4 } },
  ]);
  const base = `/w/${ownerInfo().workspace}`;
  // Pages prefetched, in order (Next asks for a page's route tree and its data: 2 requests each).
  const requested: string[] = [];
  const prefetched = () => [...new Set(requested)];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"]) requested.push(new URL(r.url()).pathname);
  });
  await page.goto(`${base}/compare?e=${vendors.map((v) => v.id).join(",")}`);
  await expect(page.getByTestId("compare-view")).toHaveAttribute("data-ready", "true");
  // next/link prefetches what is on screen once the browser is idle after hydration.
  await page.evaluate(
    () => new Promise<void>((r) => requestIdleCallback(() => requestIdleCallback(() => r()))),
  );
  const links = await page.locator("header a[href^='/'], nav a[href^='/']").count();
  expect(links).toBeGreaterThan(10);
  expect(prefetched()).toEqual([]);

  const tabs = page.getByRole("navigation", { name: "Workspace" });
  await tabs.getByRole("link", { name: "Members" }).hover();
  await expect.poll(prefetched).toEqual([`${base}/members`]);
  await tabs.getByRole("link", { name: "Audit log" }).focus();
  await expect.poll(prefetched).toEqual([`${base}/members`, `${base}/audit`]);

  // The compare page's own tabs too: "Regulations" is this page again, with its crosswalk.
  await page
    .getByRole("navigation", { name: "Comparison views" })
    .getByRole("link", { name: "Regulations" })
    .hover();
  await expect.poll(prefetched).toEqual([`${base}/members`, `${base}/audit`, `${base}/compare`]);

  await tabs.getByRole("link", { name: "Members" }).click();
  await expect(page).toHaveURL(`${base}/members`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
