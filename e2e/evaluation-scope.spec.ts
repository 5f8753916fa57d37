import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { gatewayEvaluation } from "./evaluations";
import { OWNER_STATE, ownerInfo } from "./helpers";

test.use({ storageState: OWNER_STATE });

test("an owner brings a section into scope and takes it out again, with the reason shown", async ({
  page,
}) => {
  const owner = ownerInfo();
  const { id } = await gatewayEvaluation(page);
  await page.goto(`/w/${owner.workspace}/evaluations/${id}`);
  const scope = (key: string) => page.getByTestId(`scope-${key}`);
  await expect(scope("GW")).toContainText("in scope");
  await expect(scope("GW")).toContainText("The last section in scope stays.");
  await expect(scope("EDGE")).toContainText("out of scope (gateway only)");
  await expectNoA11yViolations(page);

  await scope("EDGE").getByRole("button", { name: "Bring Edge into scope" }).click();
  await expect(scope("EDGE").getByRole("status")).toContainText("Scope saved.");
  await expect(scope("EDGE")).toContainText("Edge: in scope");
  // Two sections in scope now: the Gateway can go too, and Edge's reviewers can be chosen.
  await expect(scope("GW").getByRole("button", { name: "Take Gateway out of scope" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save reviewers for Edge" })).toBeVisible();

  // The reason is asked for (the browser's own check first), then shown; by keyboard.
  const reason = scope("EDGE").getByLabel("Reason to take Edge out");
  await reason.fill("Edge SDK not used");
  await reason.press("Enter");
  await expect(scope("EDGE")).toContainText("out of scope (Edge SDK not used)");
  await expect(page.getByRole("button", { name: "Save reviewers for Edge" })).toHaveCount(0);

  const api = await page.request.get(`/api/v1/evaluations/${id}`, {
    headers: { Authorization: `Bearer ${owner.token}` },
  });
  const edge = (await api.json()).sections.find((s: { key: string }) => s.key === "EDGE");
  expect(edge).toMatchObject({ inScope: false, outOfScopeReason: "Edge SDK not used" });
});
