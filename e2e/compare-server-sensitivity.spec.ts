import { expect, test, type Page } from "@playwright/test";
import { scoredVendors } from "./compare-data";
import { OWNER_STATE, ownerInfo } from "./helpers";

test.use({ storageState: OWNER_STATE });

/** Scripts the page has received whose code builds a sensitivity answer (lib/scoring/sensitivity.ts). */
function watchSensitivityCode(page: Page) {
  const seen: string[] = [];
  page.on("response", async (r) => {
    if (r.request().resourceType() !== "script") return;
    const body = await r.text().catch(() => "");
    if (/[{,]sameUnderAllPresets:/.test(body)) seen.push(r.url());
  });
  return seen;
}

test("the ranking and 'what would change it' come in the server's HTML; the browser works it out only after a profile switch", async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(120_000);
  // Equal weights: Edge First 75, Cloud Native 56.25, Middle 50; cloud-only puts Cloud Native first.
  const [edge, cloud, middle] = await scoredVendors(request, [
    { name: "Edge First", scores: { EDGE: 4, GW: 4, CLOUD: 1, MOBILE: 3 } },
    { name: "Cloud Native", scores: { EDGE: 1, GW: 1, CLOUD: 4, MOBILE: 3 } },
    { name: "Middle", scores: { EDGE: 2, GW: 2, CLOUD: 2, MOBILE: 2 } },
  ]);
  const url = `/w/${ownerInfo().workspace}/compare?e=${[edge, cloud, middle].map((v) => v.id).join(",")}`;

  // Without JavaScript: what the server sent, before any hydration.
  const noJs = await browser.newContext({ storageState: OWNER_STATE, javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(url);
  const answer = plain.getByTestId("sensitivity");
  await expect(plain.getByTestId("ranking").getByRole("listitem").first()).toContainText(edge.name);
  await expect(answer).toContainText(`${edge.name} leads ${cloud.name} by 18.8 points.`);
  await expect(answer).not.toContainText("Working this out");
  await expect(answer.locator("[aria-busy]")).toHaveCount(0);
  // The profile in the address is the one the server answers for.
  await plain.goto(`${url}&p=cloud-only`);
  await expect(answer).toContainText(`${cloud.name} leads`);
  await noJs.close();

  // With JavaScript: the page does not fetch the sensitivity code for the answer it already has…
  const fetched = watchSensitivityCode(page);
  await page.goto(url);
  await expect(page.getByTestId("compare-view")).toHaveAttribute("data-ready", "true");
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("sensitivity")).toContainText(`${edge.name} leads ${cloud.name}`);
  expect(fetched).toEqual([]);
  // …and works it out in the browser once the profile changes there.
  await page.getByRole("combobox", { name: "Weight profile" }).selectOption("cloud-only");
  await expect(page.getByTestId("sensitivity")).toContainText(`${cloud.name} leads`);
  await expect(page.getByTestId("sensitivity")).not.toContainText("Working this out");
  await expect.poll(() => fetched.length).toBe(1);
});
