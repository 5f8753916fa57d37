import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { scoredVendors } from "./compare-data";
import { OWNER_STATE, ownerInfo, unique } from "./helpers";

test.use({ storageState: OWNER_STATE });

const isSavedList = (url: URL) => url.pathname.endsWith("/compare/saved");

test("the compare page fetches its saved comparisons after rendering: error and retry, empty, keyboard open, delete", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const owner = ownerInfo();
  const [top, other] = await scoredVendors(request, [
    { name: "Saved Edge", scores: { EDGE: 4, GW: 4, CLOUD: 1, MOBILE: 3 } },
    { name: "Saved Middle", scores: { EDGE: 2, GW: 2, CLOUD: 2, MOBILE: 2 } },
  ]);
  await page.goto(`/w/${owner.workspace}/compare?e=${top.id},${other.id}`);
  await expect(page.getByTestId("compare-view")).toHaveAttribute("data-ready", "true");
  const name = `Saved list ${unique()}`;
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("button", { name: "Save comparison" }).click();
  await expect(page.getByText("Comparison saved.")).toBeVisible();

  // The first fetch fails: an alert with a retry; the retry (keyboard) shows the list.
  let failures = 1;
  await page.route(isSavedList, async (route) => {
    if (failures-- > 0)
      await route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({
          error: { code: "unavailable", message: "The database is unavailable; try again shortly." },
        }),
      });
    else await route.continue();
  });
  await page.goto(`/w/${owner.workspace}/compare`);
  const saved = page.getByRole("region", { name: "Saved comparisons" });
  await expect(saved.getByRole("alert")).toContainText("could not be loaded. The database is unavailable");
  await saved.getByRole("button", { name: "Try again" }).focus();
  await page.keyboard.press("Enter");
  const item = saved.getByTestId("saved-comparison").filter({ hasText: name });
  await expect(item).toContainText(`2 vendors · top: ${top.name}`);
  await expectNoA11yViolations(page);

  // Opened from the list with the keyboard.
  await item.getByRole("link", { name }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]e=${top.id},${other.id}`));
  await expect(page.getByTestId("compare-view")).toHaveAttribute("data-ready", "true");

  // Deleted from the list: it goes, the rest stays.
  await page.goto(`/w/${owner.workspace}/compare`);
  page.once("dialog", (d) => d.accept());
  await item.getByRole("button", { name: "Delete" }).click();
  await expect(item).toHaveCount(0);
  await expect(saved.getByRole("alert")).toHaveCount(0);

  // Nothing saved: the empty state says how to get one.
  await page.unroute(isSavedList);
  await page.route(isSavedList, (route) =>
    route.fulfill({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify({ items: [], page: 1, pageCount: 1, total: 0 }),
    }),
  );
  await page.reload();
  await expect(saved).toContainText("None yet. Choose evaluations above, compare them, and save the view");
});
