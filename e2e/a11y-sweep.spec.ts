import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { OWNER_STATE, ownerInfo } from "./helpers";

test.use({ storageState: OWNER_STATE });

// Every signed-in page, in the owner's workspace, through axe-core. Pages with their own specs
// are checked there in richer states too; this sweep makes sure none is left out.
const PAGES = [
  "",
  "/frameworks",
  "/evaluations",
  "/compare",
  "/profiles",
  "/catalogues",
  "/members",
  "/shares",
  "/tokens",
  "/security",
  "/audit",
];

test("every workspace page passes axe-core with no violations", async ({ page }) => {
  test.setTimeout(120_000);
  const base = `/w/${ownerInfo().workspace}`;
  for (const path of PAGES) {
    const res = await page.goto(`${base}${path}`);
    expect(res?.status(), path).toBe(200);
    await expectNoA11yViolations(page);
  }
  for (const path of ["/w?list=1", "/account", "/catalogues"]) {
    await page.goto(path);
    await expectNoA11yViolations(page);
  }
});
