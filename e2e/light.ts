import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type Request } from "@playwright/test";

/** Starts recording layout shifts (before navigation): every shift not caused by input. */
export async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number; __shiftSources: string[] };
    w.__shift = 0;
    w.__shiftSources = [];
    type Source = { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    const describe = (n?: Node) =>
      n instanceof Element
        ? `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ""}[${n.getAttribute("data-testid") ?? n.className}] "${(n.textContent ?? "").slice(0, 40)}"`
        : String(n?.nodeName);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] }
      >)
        if (!e.hadRecentInput) {
          w.__shift += e.value;
          // What moved, from where to where: the failure message says what to fix.
          for (const s of e.sources)
            w.__shiftSources.push(
              `${e.value.toFixed(4)} ${describe(s.node)} y ${s.previousRect.y}→${s.currentRect.y} h ${s.previousRect.height}→${s.currentRect.height}`,
            );
        }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** What shifted, one line per moved node (for failure messages). */
export const layoutShiftSources = (page: Page) =>
  page.evaluate(() => (window as unknown as { __shiftSources: string[] }).__shiftSources.join("\n"));

/** The sum of every layout shift since navigation (stricter than CLS, which keeps the worst 5 s window). */
export const layoutShift = (page: Page) =>
  page.evaluate(() => (window as unknown as { __shift: number }).__shift);

/**
 * Counts the script requests still unanswered, and lists the scripts whose code matches `code`.
 * Waiting for no pending script (rather than for "networkidle") ignores the page's other
 * traffic: Next's link prefetches and the saved-comparison list, which on a loaded CI machine
 * kept the network from going quiet for 500 ms within two minutes. Call before `goto`.
 */
export function watchScripts(page: Page, code?: RegExp) {
  const matching: string[] = [];
  let pending = 0;
  const isScript = (r: Request) => r.resourceType() === "script";
  page.on("request", (r) => {
    if (isScript(r)) pending++;
  });
  page.on("requestfailed", (r) => {
    if (isScript(r)) pending--;
  });
  page.on("requestfinished", async (r) => {
    if (!isScript(r)) return;
    if (code) {
      const body = (await (await r.response())?.text().catch(() => "")) ?? "";
      if (code.test(body)) matching.push(r.url());
    }
    pending--;
  });
  return { matching, pending: () => pending };
}

/** Bytes of JavaScript fetched so far, as sent (compressed): the resource timing entries' encoded sizes. */
export const scriptBytes = (page: Page) =>
  page.evaluate(() =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((e) => e.initiatorType === "script" || new URL(e.name).pathname.endsWith(".js"))
      .reduce((sum, e) => sum + e.encodedBodySize, 0),
  );

/** WCAG 2.2 target size (axe-core `target-size`): every pointer target ≥ 24 px or spaced as if. */
export async function expectTargetSize(page: Page) {
  const result = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
  expect(
    result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`)),
  ).toEqual([]);
}

/** Scrolls to the bottom in steps, as a reader would, so what loads near the window loads. */
export async function scrollThrough(page: Page) {
  for (let i = 0; i < 40; i++) {
    const done = await page.evaluate(() => {
      window.scrollBy(0, 300);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(100);
    if (done) break;
  }
}

/** Whether the element `selector` finds is the first thing inside a Suspense boundary (`<!--$-->`). */
export const inOwnBoundary = (page: Page, selector: string) =>
  page.evaluate((s) => {
    let node = document.querySelector(s)?.previousSibling ?? null;
    while (node && node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) node = node.previousSibling;
    return node?.nodeType === Node.COMMENT_NODE && (node as Comment).data === "$";
  }, selector);
