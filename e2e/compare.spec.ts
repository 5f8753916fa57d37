import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { scoredVendors } from "./compare-data";
import { newMember, OWNER_STATE, ownerInfo, unique } from "./helpers";

test.use({ storageState: OWNER_STATE });

const ranking = (page: Page) => page.getByTestId("ranking").getByRole("listitem");

test("compare three vendors: profiles re-rank live, differentiators filter, the URL keeps the view; share a snapshot, then revoke it", async ({
  page,
  browser,
  request,
}) => {
  // The whole flow in one test (about a minute here); the margin is for a busy 2-core machine.
  test.setTimeout(180_000);
  const owner = ownerInfo();
  const headers = { Authorization: `Bearer ${owner.token}` };
  // Equal weights: Edge First 75, Cloud Native 56.25, Middle 50. Cloud-only: Cloud Native 93.75,
  // the others fail its CLOUD-03/CLOUD-14 knock-outs (threshold 3).
  const [edge, cloud, middle] = await scoredVendors(request, [
    { name: "Edge First", scores: { EDGE: 4, GW: 4, CLOUD: 1, MOBILE: 3 } },
    { name: "Cloud Native", scores: { EDGE: 1, GW: 1, CLOUD: 4, MOBILE: 3 } },
    { name: "Middle", scores: { EDGE: 2, GW: 2, CLOUD: 2, MOBILE: 2 } },
  ]);

  await page.goto(`/w/${owner.workspace}/compare`);
  for (const v of [edge, cloud, middle])
    await page.getByRole("checkbox", { name: new RegExp(v.name) }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByTestId("compare-view")).toHaveAttribute("data-ready", "true");
  await expect(ranking(page).first()).toContainText(edge.name);
  await expect(ranking(page).first()).toContainText("75");
  await expect(ranking(page).nth(1)).toContainText(cloud.name);
  await expectNoA11yViolations(page);

  // Switch the profile: recomputed in the browser, ranking and charts follow.
  await page.getByRole("combobox", { name: "Weight profile" }).selectOption("cloud-only");
  await expect(ranking(page).first()).toContainText(cloud.name);
  await expect(ranking(page).first()).toContainText("94");
  await expect(ranking(page).filter({ hasText: edge.name })).toContainText("knocked out");
  // The ranking chart's own numbers (its data-table alternative) agree.
  const chart = page.getByRole("figure", { name: "Ranking by overall score" });
  await chart.getByText("Show the numbers").click();
  await expect(chart.getByRole("row").nth(1)).toContainText(cloud.name);
  await expect(chart.getByRole("row").nth(1)).toContainText("94");

  // Rows are virtualised: 4 sections + 58 criteria, only what fits is in the DOM.
  const table = page.getByTestId("compare-table");
  await expect(table.locator('[data-row="EDGE-01"]')).toBeVisible();
  expect(await table.locator("[data-row]").count()).toBeLessThan(62);
  // Differentiators only: MOBILE (3, 3, 2) drops out, EDGE (4, 1, 2) stays.
  await page.getByRole("searchbox", { name: "Filter criteria" }).fill("-01");
  await expect(table.locator('[data-row="MOBILE-01"]')).toBeVisible();
  await expect(table.locator('[data-row="GW-02"]')).toHaveCount(0);
  await page.getByLabel(/Only criteria where vendors differ/).click();
  await expect(page.getByLabel(/Only criteria where vendors differ/)).toBeChecked();
  await expect(table.locator('[data-row="MOBILE-01"]')).toHaveCount(0);
  await expect(table.locator('[data-row="EDGE-01"]')).toBeVisible();
  await expect(page).toHaveURL(/diff=1/);
  await expect(page).toHaveURL(/p=cloud-only/);
  await expect(page).toHaveURL(/q=-01/);

  // A reload (or a colleague opening the address) gets the same view.
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Weight profile" })).toHaveValue("cloud-only");
  await expect(page.getByLabel(/Only criteria where vendors differ/)).toBeChecked();
  await expect(page.getByRole("searchbox", { name: "Filter criteria" })).toHaveValue("-01");
  await expect(ranking(page).first()).toContainText(cloud.name);
  await expect(page.getByTestId("compare-table").locator('[data-row="MOBILE-01"]')).toHaveCount(0);

  // A cell's popover shows the reviewer's score, rationale and evidence.
  await page.getByTestId("compare-table").locator('[data-row="EDGE-01"]').getByRole("button").first().click();
  const popover = page.getByRole("dialog", { name: "Reviews of this criterion" });
  await expect(popover).toContainText("on EDGE-01");
  await expect(popover.getByRole("link", { name: "https://docs.example/EDGE-01" })).toHaveAttribute(
    "rel",
    /noreferrer/,
  );
  await page.keyboard.press("Escape");

  // Save the view by name: the dashboard lists it with its leader.
  const saveName = `Shortlist ${unique()}`;
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(saveName);
  await page.getByRole("button", { name: "Save comparison" }).click();
  await expect(page.getByText("Comparison saved.")).toBeVisible();

  // Share a snapshot with outsiders.
  await page.getByLabel("Expires after (days)").fill("7");
  await page.getByRole("button", { name: "Create share link" }).click();
  const url = await page.getByLabel("Share link").inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
  const outsider = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const guest = await outsider.newPage();
  const first = await guest.goto(url);
  expect(first?.status()).toBe(200);
  await expect(guest.getByText("read-only shared snapshot")).toBeVisible();
  await expect(ranking(guest).first()).toContainText(cloud.name);
  await expect(guest.getByRole("navigation", { name: "Workspace" })).toHaveCount(0);
  await expectNoA11yViolations(guest);

  // Later edits do not change the snapshot.
  expect(
    (
      await request.put(`/api/v1/evaluations/${cloud.id}/agreed/CLOUD-03`, {
        headers,
        data: { value: 0, reason: "found a bypass" },
      })
    ).status(),
  ).toBe(200);
  // Live: CLOUD-03 at 0 knocks Cloud Native out too (everyone is out; it still scores best).
  await page.reload();
  await expect(ranking(page).filter({ hasText: cloud.name })).toContainText("knocked out");
  await guest.reload();
  await expect(ranking(guest).first()).toContainText(cloud.name);
  await expect(ranking(guest).first()).toContainText("94");
  await expect(ranking(guest).first()).not.toContainText("knocked out");

  // Revoked: the very next request is refused with 410.
  const links = await (await request.get("/api/v1/share-links", { headers })).json();
  const link = links.shareLinks.find((l: { title: string }) => l.title.includes(cloud.name));
  expect((await request.delete(`/api/v1/share-links/${link.id}`, { headers })).status()).toBe(204);
  const gone = await guest.goto(url);
  expect(gone?.status()).toBe(410);
  await expect(guest.getByText("no longer available")).toBeVisible();
  await outsider.close();

  await page.goto(`/w/${owner.workspace}`);
  const saved = page.getByTestId("saved-comparisons").getByRole("listitem").filter({ hasText: saveName });
  await expect(saved).toContainText(`top: ${cloud.name}`);
  await saved.getByRole("link", { name: saveName }).click();
  await expect(page.getByRole("combobox", { name: "Weight profile" })).toHaveValue("cloud-only");
  await expect(page.getByRole("searchbox", { name: "Filter criteria" })).toHaveValue("-01");
});

test("an unknown selection is explained; the same URL is a 404 for someone outside the workspace", async ({
  page,
  browser,
}) => {
  const owner = ownerInfo();
  await page.goto(`/w/${owner.workspace}/compare?e=${crypto.randomUUID()},${crypto.randomUUID()}`);
  await expect(page.locator("main").getByRole("alert")).toContainText("does not exist in this workspace");

  // A member who leaves (and now has a workspace of their own) no longer reaches it.
  const member = await newMember(browser, "viewer");
  await member.page.getByRole("link", { name: "All workspaces / new" }).click();
  await member.page.getByLabel("Name").fill(`Elsewhere ${unique()}`);
  await member.page.getByRole("button", { name: "Create workspace" }).click();
  await expect(member.page).toHaveURL(/\/w\/elsewhere-/);
  await page.goto(`/w/${owner.workspace}/members`);
  page.once("dialog", (d) => d.accept());
  await page
    .getByTestId("member-row")
    .filter({ hasText: member.email })
    .getByRole("button", { name: "Remove" })
    .click();
  await expect(page.getByTestId("member-row").filter({ hasText: member.email })).toHaveCount(0);
  const res = await member.page.goto(
    `/w/${owner.workspace}/compare?e=${crypto.randomUUID()},${crypto.randomUUID()}`,
  );
  expect(res?.status()).toBe(404);
  await member.ctx.close();
});
