import { expect, test } from "@playwright/test";
import { scoredVendors } from "./compare-data";
import { OWNER_STATE, ownerInfo } from "./helpers";
import { watchScripts } from "./light";

test.use({ storageState: OWNER_STATE });

test("'what would change the ranking' comes in the server's HTML; the browser works it out only after a profile switch", async ({
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

  // The server's HTML, before any script runs (React separates adjacent text with <!-- -->).
  const html = async (path: string) =>
    (await (await page.request.get(path)).text()).replaceAll("<!-- -->", "");
  const served = await html(url);
  // Names are shown with their version ("… 1.0").
  expect(served).toMatch(new RegExp(`${edge.name}[^<]* leads ${cloud.name}[^<]* by 18\\.8 points\\.`));
  expect(served).not.toContain("Working this out");
  // The profile in the address is the one the server answers for.
  expect(await html(`${url}&p=cloud-only`)).toMatch(
    new RegExp(`${cloud.name}[^<]* leads (${middle.name}|${edge.name})`),
  );

  // With JavaScript: the page does not fetch the sensitivity code for the answer it already has…
  // Code that builds a sensitivity answer (lib/scoring/sensitivity.ts).
  const scripts = watchScripts(page, /[{,]sameUnderAllPresets:/);
  const fetched = scripts.matching;
  await page.goto(url);
  // Hydrated: the effect that would import the code has run, so its request (if any) has started.
  await expect(page.getByTestId("compare-view")).toHaveAttribute("data-ready", "true");
  await expect.poll(scripts.pending).toBe(0);
  await expect(page.getByTestId("sensitivity")).toContainText(
    new RegExp(`${edge.name}.* leads ${cloud.name}`),
  );
  expect(fetched).toEqual([]);
  // …and works it out in the browser once the profile changes there.
  await page.getByRole("combobox", { name: "Weight profile" }).selectOption("cloud-only");
  await expect(page.getByTestId("sensitivity")).toContainText(new RegExp(`${cloud.name}.* leads`));
  await expect(page.getByTestId("sensitivity")).not.toContainText("Working this out");
  await expect.poll(() => fetched.length).toBe(1);
});
