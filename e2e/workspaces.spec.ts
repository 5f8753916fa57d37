import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { OWNER_STATE, ownerInfo, unique } from "./helpers";

test.use({ storageState: OWNER_STATE });

test("create a second workspace, switch between them; the first workspace's token cannot reach it", async ({
  page,
  request,
}) => {
  const owner = ownerInfo();
  const name = `Lab ${unique()}`;
  await page.goto(`/w/${owner.workspace}`);
  await page.getByRole("link", { name: "All workspaces / new" }).click();
  await expect(page).toHaveURL(/\/w\?list=1$/);
  await expectNoA11yViolations(page);
  await page.getByLabel("Name").fill("x");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.locator("main").getByRole("alert").first()).toContainText("at least 2 characters");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/w\/lab-/);
  const slug = new URL(page.url()).pathname.split("/")[2];
  await expect(page.getByTestId("my-role")).toHaveText("owner");

  await page.getByRole("combobox", { name: "Workspace", exact: true }).selectOption(owner.workspace);
  await expect(page).toHaveURL(new RegExp(`/w/${owner.workspace}$`));
  await page.getByRole("combobox", { name: "Workspace", exact: true }).selectOption(slug);
  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));

  const res = await request.get(`/api/v1/workspaces/${slug}/members`, {
    headers: { Authorization: `Bearer ${owner.token}` },
  });
  expect(res.status()).toBe(404);
});

test("the audit log lists this workspace's events, filters them, and exports JSON lines", async ({
  page,
}) => {
  const owner = ownerInfo();
  await page.goto(`/w/${owner.workspace}/audit`);
  await expect(page.getByTestId("audit-row").first()).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByLabel("action").fill("token.");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=token\./);
  const actions = await page.getByTestId("audit-row").locator("td:nth-child(4)").allInnerTexts();
  expect(actions.length).toBeGreaterThan(0);
  expect(actions.every((a) => a.startsWith("token."))).toBe(true);

  const res = await page.request.get(`/w/${owner.workspace}/audit/export?action=setup.`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/x-ndjson");
  const lines = (await res.text())
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  expect(lines).toContainEqual(
    expect.objectContaining({
      action: "setup.completed",
      actorEmail: owner.email,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    }),
  );
});
