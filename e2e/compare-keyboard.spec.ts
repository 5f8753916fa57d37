import { expect, test } from "@playwright/test";
import { scoredVendors } from "./compare-data";
import { OWNER_STATE, ownerInfo } from "./helpers";

test.use({ storageState: OWNER_STATE });

test("keyboard only: choose vendors, see the loading state, switch the profile, open a cell's reviews and close them", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const owner = ownerInfo();
  const [first, second] = await scoredVendors(request, [
    { name: "Keys Edge", scores: { EDGE: 4, GW: 4, CLOUD: 1, MOBILE: 3 } },
    { name: "Keys Cloud", scores: { EDGE: 1, GW: 1, CLOUD: 4, MOBILE: 3 } },
  ]);
  await page.goto(`/w/${owner.workspace}/compare`);
  for (const v of [first, second]) {
    await page.getByRole("checkbox", { name: new RegExp(v.name) }).focus();
    await page.keyboard.press("Space");
    await expect(page.getByRole("checkbox", { name: new RegExp(v.name) })).toBeChecked();
  }
  // The selection loads on the server; hold it back to see the loading state shown meanwhile.
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  await page.route(
    (url) => url.pathname.endsWith("/compare") && url.searchParams.has("e"),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.getByRole("button", { name: "Compare", exact: true }).focus();
  await page.keyboard.press("Enter");
  // The picker's own status (not the segment's loading.tsx, which only covers arriving from another page).
  await expect(page.locator("form").getByRole("status")).toHaveText("Loading the comparison…");
  await expect(page.getByRole("button", { name: "Compare", exact: true })).toBeDisabled();
  release();
  await expect(page.getByTestId("compare-view")).toHaveAttribute("data-ready", "true");
  await page.unroute((url) => url.pathname.endsWith("/compare"));
  await expect(page).toHaveURL(new RegExp(`e=${first.id}`));
  await expect(page.getByTestId("ranking").getByRole("listitem").first()).toContainText(first.name);

  // The profile list answers the arrow keys; the ranking follows.
  const profile = page.getByRole("combobox", { name: "Weight profile" });
  const before = await profile.inputValue();
  await profile.focus();
  await page.keyboard.press("ArrowDown");
  await expect(profile).not.toHaveValue(before);
  await expect(page).toHaveURL(/p=/);

  // A score cell opens every reviewer's score with Enter; Escape closes it and focus returns.
  await page.getByTestId("compare-table").focus();
  const cell = page.getByTestId("compare-table").locator('[data-row="EDGE-01"]').getByRole("button").first();
  await cell.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Reviews of this criterion" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("on EDGE-01");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(cell).toBeFocused();

  // The reviews the popover fetches: bad input is a 400 naming the field; a cell nobody may see, a 404.
  const reviews = `/w/${owner.workspace}/compare/reviews`;
  const bad = await page.request.get(`${reviews}?e=not-a-uuid&c=EDGE-01`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.issues.map((i: { field: string }) => i.field)).toContain("e");
  expect((await page.request.get(`${reviews}?e=${first.id}&c=NOPE-01`)).status()).toBe(404);
  expect((await page.request.get(`${reviews}?e=${first.id}&c=EDGE-01&extra=1`)).status()).toBe(400);
  const ok = await page.request.get(`${reviews}?e=${first.id}&c=EDGE-01`);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["cache-control"]).toContain("no-store");
  expect((await ok.json()).reviews[0].rationale).toContain("on EDGE-01");
});
