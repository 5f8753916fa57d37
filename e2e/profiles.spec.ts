import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { OWNER_STATE, ownerInfo, unique } from "./helpers";

test.use({ storageState: OWNER_STATE });

test("an owner creates a custom weight profile with a knock-out, sees bad input named, and deletes it", async ({
  page,
}) => {
  const owner = ownerInfo();
  await page.goto(`/w/${owner.workspace}/profiles`);
  await expect(page.getByTestId("profile").filter({ hasText: "Cloud-only platform" })).toContainText(
    "preset",
  );
  await expectNoA11yViolations(page);
  const name = `Gateway heavy ${unique()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Gateway weight").fill("4");
  await page.getByLabel(/Knock-outs/).fill("GW-01 >= 9");
  await page.getByRole("button", { name: "Create profile" }).click();
  await expect(page.locator("main").getByRole("alert").filter({ hasText: "between 0 and 4" })).toBeVisible();
  await page.getByLabel(/Knock-outs/).fill("GW-01 >= 3");
  await page.getByText(/^Gateway \(\d+ criteria\)$/).click();
  await page.getByRole("spinbutton", { name: /GW-02\b/ }).fill("2.5");
  await page.getByRole("button", { name: "Create profile" }).click();
  const card = page.getByTestId("profile").filter({ hasText: name });
  await expect(card).toContainText("GW ×4");
  await expect(card).toContainText("GW-02 ×2.5");
  await expect(card).toContainText("GW-01 ≥ 3");
  page.once("dialog", (d) => d.accept());
  await card.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("profile").filter({ hasText: name })).toHaveCount(0);
});
