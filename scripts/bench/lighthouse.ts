/**
 * Lighthouse (npm `lighthouse`, headless Debian Chromium) on the built app: the catalogue page
 * and the signed-in 5-vendor compare page, mobile (Lighthouse's default: Moto G class, slow 4G,
 * 4× CPU) and desktop presets, 3 runs each, medians per figure. Standalone:
 * `tsx --conditions=react-server scripts/bench/lighthouse.ts`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { median } from "./measure";
import { benchStandalone, runIfMain } from "./standalone";

export const CATALOGUE_PATH = "/catalogues/owasp-iot-framework/2016-03-18";
export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
// Without the background-networking flags Chromium calls Google's hosts, refused on these machines.
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const RUNS = 3;

export type Preset = "mobile" | "desktop";
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  cls: number;
  tbt: number;
  lcp: number;
  /** Bytes of script transferred (compressed), from the network-requests audit. */
  jsBytes: number;
  /** Accessibility audits that failed in any run (ids), to name what keeps it below 100. */
  a11yFailures: string[];
  /** The elements that shifted, any run (Lighthouse's layout-shifts audit): what a CLS miss is made of. */
  shifts: string[];
  /** Lighthouse's measure of the host's CPU (environment.benchmarkIndex; it warns below 1,000). */
  benchmarkIndex: number;
}

type Lhr = {
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    {
      score: number | null;
      numericValue?: number;
      scoreDisplayMode?: string;
      details?: { items?: Array<Record<string, unknown>> };
    }
  >;
};

/** Each layout shift as "<selector> <score>" (the element that moved most in it). */
function shiftsOf(lhr: Lhr): string[] {
  const items = (lhr.audits["layout-shifts"]?.details?.items ?? []) as Array<{
    node?: { selector?: string };
    score?: number;
  }>;
  return items.map((i) => `${i.node?.selector ?? "(unknown)"} ${(i.score ?? 0).toFixed(3)}`);
}

function figuresOf(
  lhr: Lhr,
): Omit<LighthouseFigures, "a11yFailures" | "shifts"> & { failures: string[]; shifts: string[] } {
  const requests = lhr.audits["network-requests"]?.details?.items ?? [];
  const jsBytes = requests
    .filter((r) => r.resourceType === "Script")
    .reduce((sum, r) => sum + Number(r.transferSize ?? 0), 0);
  const a11y = lhr.categories.accessibility as unknown as {
    auditRefs?: Array<{ id: string; weight: number }>;
  };
  const failures = (a11y.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
    .map((ref) => ref.id);
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
    cls: lhr.audits["cumulative-layout-shift"].numericValue ?? NaN,
    tbt: lhr.audits["total-blocking-time"].numericValue ?? NaN,
    lcp: lhr.audits["largest-contentful-paint"].numericValue ?? NaN,
    jsBytes,
    failures,
    shifts: shiftsOf(lhr),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
  };
}

/**
 * With LIGHTHOUSE_REPORTS=<dir>, each run's full report is kept there as JSON, to see what a
 * figure is made of (long tasks, script boot-up, main-thread work) without re-running it.
 */
function saveReport(lhr: unknown, url: string, preset: Preset, run: number) {
  const dir = process.env.LIGHTHOUSE_REPORTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const page = new URL(url).pathname.split("/").filter(Boolean).slice(-1)[0] ?? "home";
  writeFileSync(path.join(dir, `${page}-${preset}-${run + 1}.json`), JSON.stringify(lhr));
}

/** `RUNS` Lighthouse runs of `url` with `preset`, one fresh browser each; medians per figure. */
export async function lighthouseRuns(
  url: string,
  preset: Preset,
  cookie?: string,
  runs = RUNS,
): Promise<LighthouseFigures> {
  const { default: lighthouse } = await import("lighthouse");
  const { default: desktopConfig } = await import("lighthouse/core/config/desktop-config.js");
  const { launch } = await import("chrome-launcher");
  // Warm the server (a page's first render compiles and caches); a cold first answer once
  // made Lighthouse's trace miss the navigation (NO_NAVSTART).
  for (let i = 0; i < 2; i++) await fetch(url, { headers: cookie ? { cookie } : {} }).then((r) => r.text());
  const all: ReturnType<typeof figuresOf>[] = [];
  for (let i = 0, retries = 2; i < runs; i++) {
    const chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
    try {
      const flags = {
        port: chrome.port,
        output: "json" as const,
        logLevel: "error" as const,
        onlyCategories: ["performance", "accessibility"],
        extraHeaders: cookie ? { Cookie: cookie } : undefined,
      };
      const result = await lighthouse(url, flags, preset === "desktop" ? desktopConfig : undefined);
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const lhr = result.lhr as unknown as Lhr & { runtimeError?: { message: string } };
      if (lhr.runtimeError && retries-- > 0) {
        i--;
        continue;
      }
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
      all.push(figuresOf(lhr));
      saveReport(result.lhr, url, preset, i);
    } finally {
      chrome.kill();
    }
  }
  const m = (k: keyof Omit<LighthouseFigures, "a11yFailures" | "shifts">) => median(all.map((f) => f[k]));
  return {
    performance: m("performance"),
    accessibility: m("accessibility"),
    cls: m("cls"),
    tbt: m("tbt"),
    lcp: m("lcp"),
    jsBytes: m("jsBytes"),
    benchmarkIndex: m("benchmarkIndex"),
    a11yFailures: [...new Set(all.flatMap((f) => f.failures))],
    shifts: [...new Set(all.flatMap((f) => f.shifts))].slice(0, 4),
  };
}

export interface LighthouseBench {
  catalogue: Record<Preset, LighthouseFigures>;
  compare: Record<Preset, LighthouseFigures>;
  /** The smallest page through the same shell (`FLOOR_PATH`), mobile: what React, the Next.js
   * router and the shell cost on this machine before a page adds anything. */
  floor: LighthouseFigures;
  vendors: number;
}

export const FLOOR_PATH = "/catalogues";

/** Both pages, both presets. `compareIds`: the evaluations to compare (5 of them). */
export async function benchLighthouse(
  baseUrl: string,
  slug: string,
  cookie: string,
  compareIds: string[],
): Promise<LighthouseBench> {
  const compareUrl = `${baseUrl}/w/${slug}/compare?e=${compareIds.join(",")}`;
  const catalogueUrl = `${baseUrl}${CATALOGUE_PATH}`;
  return {
    catalogue: {
      mobile: await lighthouseRuns(catalogueUrl, "mobile", cookie),
      desktop: await lighthouseRuns(catalogueUrl, "desktop", cookie),
    },
    compare: {
      mobile: await lighthouseRuns(compareUrl, "mobile", cookie),
      desktop: await lighthouseRuns(compareUrl, "desktop", cookie),
    },
    floor: await lighthouseRuns(`${baseUrl}${FLOOR_PATH}`, "mobile", cookie),
    vendors: compareIds.length,
  };
}

const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;

/** The table rows (goals: issue 13). */
export function lighthouseRows(r: LighthouseBench): string[] {
  const rows: string[] = [
    `| for scale: Lighthouse, smallest page through the same shell (\`${FLOOR_PATH}\`: a heading and four rows), mobile: performance (TBT ${r.floor.tbt.toFixed(0)} ms, LCP ${r.floor.lcp.toFixed(0)} ms, ${kb(r.floor.jsBytes)} of JavaScript; Lighthouse's CPU benchmark index of this host ${Number.isFinite(r.floor.benchmarkIndex) ? r.floor.benchmarkIndex.toFixed(0) : "n/a"}, it warns of a slow host below 1,000) | ${r.floor.performance} | | |`,
  ];
  for (const [page, label] of [
    ["catalogue", `catalogue page \`${CATALOGUE_PATH}\``],
    ["compare", `compare page, ${r.vendors} vendors (signed in)`],
  ] as const) {
    const { mobile, desktop } = r[page];
    const fails = (f: LighthouseFigures) =>
      f.a11yFailures.length ? ` (failing: ${f.a11yFailures.join(", ")})` : "";
    const moved = (f: LighthouseFigures, preset: string) =>
      f.cls >= 0.05 && f.shifts.length
        ? ` (${preset} shifted: ${f.shifts.join("; ").replaceAll("|", "\\|")})`
        : "";
    rows.push(
      `| Lighthouse, ${label}, desktop: performance (LCP ${desktop.lcp.toFixed(0)} ms, TBT ${desktop.tbt.toFixed(0)} ms) | ${desktop.performance} | goal ≥ 95 | ${verdict(desktop.performance >= 95)} |`,
      `| Lighthouse, ${label}, mobile: performance (LCP ${mobile.lcp.toFixed(0)} ms) | ${mobile.performance} | goal ≥ 85 | ${verdict(mobile.performance >= 85)} |`,
      `| Lighthouse, ${label}, mobile: total blocking time (the smallest page's: ${r.floor.tbt.toFixed(0)} ms) | ${mobile.tbt.toFixed(0)} ms | goal < 600 ms | ${verdict(mobile.tbt < 600)} |`,
      `| Lighthouse, ${label}: cumulative layout shift, desktop / mobile${moved(desktop, "desktop")}${moved(mobile, "mobile")} | ${desktop.cls.toFixed(3)} / ${mobile.cls.toFixed(3)} | goal < 0.05 | ${verdict(desktop.cls < 0.05 && mobile.cls < 0.05)} |`,
      `| Lighthouse, ${label}: accessibility, desktop / mobile${fails(desktop)}${fails(mobile)} | ${desktop.accessibility} / ${mobile.accessibility} | goal 100 | ${verdict(desktop.accessibility === 100 && mobile.accessibility === 100)} |`,
    );
    if (page === "compare")
      rows.push(
        `| Lighthouse, ${label}: JavaScript transferred (mobile run) | ${kb(mobile.jsBytes)} | goal ≤ 200 KB | ${verdict(mobile.jsBytes <= 200 * 1024)} |`,
      );
    else
      rows.push(`| Lighthouse, ${label}: JavaScript transferred (mobile run) | ${kb(mobile.jsBytes)} | | |`);
  }
  return rows;
}

async function standalone() {
  await benchStandalone("scorecard_lighthouse", 3292, async (run) => {
    const { scoringFixture } = await import("./scoring-fixture");
    const { compareFixture } = await import("./compare");
    const fixture = await scoringFixture(run.base, "bench-only-secret");
    const ids = (await compareFixture("bench")).slice(0, 5);
    await run.start();
    const r = await benchLighthouse(run.base, "bench", fixture.cookie, ids);
    console.log(
      ["| measurement | median of 3 | goal | |", "|---|---:|---:|---|", ...lighthouseRows(r)].join("\n"),
    );
    console.log(JSON.stringify(r));
  });
}

runIfMain(module, standalone);
