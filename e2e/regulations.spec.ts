import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { scoredVendors } from "./compare-data";
import { OWNER_STATE, ownerInfo } from "./helpers";

test.use({ storageState: OWNER_STATE });

test("an evaluation shows its readiness against the CRA, ETSI EN 303 645 and NIST IR 8425, and drills down to each requirement", async ({
  page,
  request,
}) => {
  // Every criterion scored 3: every assessed requirement is at 75 %.
  const [vendor] = await scoredVendors(request, [
    { name: "Readiness", scores: { EDGE: 3, GW: 3, CLOUD: 3, MOBILE: 3 } },
  ]);
  const base = `/w/${ownerInfo().workspace}/evaluations/${vendor.id}`;
  await page.goto(base);
  const panel = page.getByTestId("regulations");
  await expect(panel.getByRole("heading", { name: "Regulations" })).toBeVisible();
  await expect(panel).toContainText("not a conformity assessment");
  await expect(panel.getByTestId("regulation")).toHaveCount(3);
  await expect(panel.getByTestId("regulation-readiness")).toHaveText(["75 %", "75 %", "75 %"]);
  await expectNoA11yViolations(page);

  await panel.getByRole("link", { name: /Cyber Resilience Act/ }).click();
  await expect(page).toHaveURL(`${base}/regulations/eu-cra-annex-i`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("75 %");
  await expect(page.getByRole("note")).toContainText("not a conformity assessment");
  await expect(page.getByTestId("requirement")).toHaveCount(22);
  // The vulnerability-handling duties are listed, with a reason, and never scored.
  await expect(page.getByRole("heading", { name: "Not assessed by this catalogue (5)" })).toBeVisible();
  await expect(page.getByTestId("not-in-catalogue")).toContainText("II(5)");
  const linked = page.getByTestId("requirement").filter({ hasText: "I(2)(c)" });
  await expect(linked).toContainText("75 %");
  // A contributing criterion links to the scoring page of its section.
  const criterion = linked.getByRole("link").first();
  await expect(criterion).toHaveAttribute("href", new RegExp(`${base}/score/[A-Z]+$`));
  await expectNoA11yViolations(page);

  const unknown = await page.goto(`${base}/regulations/iso-27001`);
  expect(unknown?.status()).toBe(404);
});

test("the mapping sets page lists the crosswalks and downloads them as OSCAL and CISO Assistant files", async ({
  page,
}) => {
  await page.goto(`/w/${ownerInfo().workspace}/catalogues`);
  await expectNoA11yViolations(page);
  await page.getByRole("link", { name: "mapping sets" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mapping sets" })).toBeVisible();
  const cra = page.getByTestId("mapping-set-row").filter({ hasText: "EU Cyber Resilience Act" });
  await expect(cra).toContainText("Built-in");
  await expect(cra).toContainText("98");
  await expectNoA11yViolations(page);
  const [oscal] = await Promise.all([
    page.waitForEvent("download"),
    cra.getByRole("link", { name: "OSCAL" }).click(),
  ]);
  expect(oscal.suggestedFilename()).toBe("owasp-iot-to-eu-cra-annex-i-1.0.0.mapping.json");
  const [yaml] = await Promise.all([
    page.waitForEvent("download"),
    cra.getByRole("link", { name: "CISO Assistant" }).click(),
  ]);
  expect(yaml.suggestedFilename()).toBe("owasp-iot-to-eu-cra-annex-i-1.0.0.mapping.yaml");
});
