import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * WCAG 2.1 A/AA checks by axe-core on the page as it is now. It first waits for the document to
 * be whole (loaded, with its title): a check that starts while a server action's re-render or a
 * reload is still arriving reports a half-built document (CI once saw "document-title" there,
 * on a page whose title is in its first byte), which says nothing about the page users get.
 */
export async function expectNoA11yViolations(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.readyState === "complete" && document.title.trim() !== ""), {
      message: "the page finished loading and has a <title>",
    })
    .toBe(true);
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")})`,
  );
  expect(summary).toEqual([]);
}
