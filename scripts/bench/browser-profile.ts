/**
 * Where a page's time in the browser goes while it loads: Chromium with Lighthouse's mobile
 * screen, the DevTools protocol's sampling profiler on the page's main thread from navigation to
 * network idle, and each sample's code told apart by source maps, as the server's profiles are
 * (scripts/bench/cpu-profile.ts). The CPU runs at this host's speed, as in the trace Lighthouse
 * records; its mobile figures then simulate a CPU 4× slower. (Chromium's own CPU throttling
 * pauses the thread, and the profiler books the pauses as the browser's own work.)
 *
 * Production builds ship no browser source maps, so the profile runs against a second build of
 * the same sources with maps, in its own directory (`MAPS_DIST_DIR`), served by a second
 * instance. The minified code is the same; only the maps differ. Standalone:
 * `DATABASE_URL=… npx tsx --conditions=react-server scripts/bench/browser-profile.ts`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sourceDigest } from "../build-if-needed";
import { startApp } from "./app-server";
import {
  type Frame,
  OUR_CODE,
  originOf,
  originsPerRequest,
  type Profile,
  summariseSamples,
} from "./cpu-profile";
import { CATALOGUE_PATH, CHROME_PATH, FLOOR_PATH } from "./lighthouse";
import { benchStandalone, ownerSession, runIfMain } from "./standalone";

export const MAPS_DIST_DIR = ".next-browser-maps";
const LOADS = 8;
const MOBILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};
export const BROWSER_WORK =
  "the browser's own work outside JS (HTML parsing, script compiling, style, layout, paint)";

/** Builds the same sources with browser source maps into `MAPS_DIST_DIR`, unless already built. */
export function buildWithBrowserMaps() {
  const stamp = path.join(MAPS_DIST_DIR, "scorecard-source.sha256");
  const digest = sourceDigest();
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === digest) return;
  console.log(`Building with browser source maps into ${MAPS_DIST_DIR} (for the browser profiles)…`);
  // next build points next-env.d.ts at its own output's route types: put back the main build's.
  const nextEnv = existsSync("next-env.d.ts") ? readFileSync("next-env.d.ts", "utf8") : null;
  try {
    execFileSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
      stdio: "inherit",
      env: { ...process.env, ...mapsBuildEnv(), NEXT_TELEMETRY_DISABLED: "1" },
    });
  } finally {
    if (nextEnv !== null) writeFileSync("next-env.d.ts", nextEnv);
  }
  writeFileSync(stamp, digest);
}

/** What next.config.js reads to build (and serve) the source-mapped copy. */
export const mapsBuildEnv = () => ({ SCORECARD_DIST_DIR: MAPS_DIST_DIR, SCORECARD_BROWSER_MAPS: "1" });

/** The origin of a frame sampled in the page (`base`: the app's address, `distDir`: its build). */
export function browserOriginOf(frame: Frame, base: string, distDir = MAPS_DIST_DIR): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === "(program)") return BROWSER_WORK;
    if (functionName === "(garbage collector)") return "GC";
    if (functionName === "(idle)" || functionName === "(root)") return "(idle)";
    return "V8 built-ins";
  }
  if (!url.startsWith(base)) return "other";
  const chunk = /\/_next\/static\/([^?#]+)/.exec(url)?.[1];
  // The page's own inline scripts are Next's: the React Server Components payload it streams.
  if (!chunk) return "Next.js (the page's inline payload scripts)";
  const file = pathToFileURL(path.resolve(distDir, "static", decodeURIComponent(chunk))).href;
  return originOf({ ...frame, url: file });
}

export interface BrowserProfile {
  loads: number;
  busyMs: number;
  origins: Array<[string, number]>;
}

/** `LOADS` loads of `url`, each in a fresh context (an empty cache, as Lighthouse's), summed. */
export async function profilePageLoads(base: string, url: string, cookie?: string): Promise<BrowserProfile> {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ["--disable-gpu"] });
  const origins = new Map<string, number>();
  let busyMs = 0;
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ ...MOBILE, extraHTTPHeaders: cookie ? { cookie } : {} });
      const page = await context.newPage();
      // Start on the app's own origin, so the page loads in the process being profiled.
      await page.goto(`${base}/api/health`);
      const cdp = await context.newCDPSession(page);
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await cdp.send("Profiler.start");
      const res = await page.goto(url, { waitUntil: "networkidle" });
      if (res?.status() !== 200) throw new Error(`${url} answered ${res?.status()}`);
      const { profile } = await cdp.send("Profiler.stop");
      await context.close();
      const s = summariseSamples(profile as Profile, (f) => browserOriginOf(f, base));
      if (!s.origins.some(([o]) => o === "React"))
        throw new Error(
          `the profile of ${url} holds no React: ${JSON.stringify(s.origins)} ${JSON.stringify(s.top.slice(0, 8))}`,
        );
      busyMs += s.busyMs;
      for (const [o, ms] of s.origins) origins.set(o, (origins.get(o) ?? 0) + ms);
    }
  } finally {
    await browser.close();
  }
  return { loads: LOADS, busyMs, origins: [...origins].sort((a, b) => b[1] - a[1]) };
}

/**
 * The two pages of the Lighthouse rows and, for scale, its smallest page through the same shell,
 * against a second instance serving the source-mapped build.
 */
export async function benchBrowserProfiles(
  port: number,
  databaseUrl: string,
  env: Record<string, string>,
  compareUrlPath: string,
  cookie: string,
) {
  buildWithBrowserMaps();
  const app = await startApp(port, databaseUrl, { ...env, ...mapsBuildEnv() });
  const base = `http://127.0.0.1:${port}`;
  try {
    return {
      floor: await profilePageLoads(base, `${base}${FLOOR_PATH}`, cookie),
      catalogue: await profilePageLoads(base, `${base}${CATALOGUE_PATH}`, cookie),
      compare: await profilePageLoads(base, `${base}${compareUrlPath}`, cookie),
    };
  } finally {
    // Gone before the next row is timed.
    const exited = new Promise((r) => app.once("exit", r));
    if (app.exitCode === null && app.kill("SIGTERM")) await exited;
  }
}

const ourMs = (p: BrowserProfile) => p.origins.find(([o]) => o === OUR_CODE)?.[1] ?? 0;

const perLoad = (p: BrowserProfile) => originsPerRequest({ ...p, requests: p.loads });

/** The smallest page's row, then two per page: its main thread per load by origin, our code's share. */
export function browserProfileRows(r: Awaited<ReturnType<typeof benchBrowserProfiles>>, vendors: number) {
  const what = (p: BrowserProfile) =>
    `(Chromium, Lighthouse's mobile screen, this host's CPU unthrottled, ${p.loads} loads from navigation to network idle; busy time per load by origin: ${perLoad(p)})`;
  return [
    `| for scale: the browser's main thread while the smallest page through the same shell loads (\`${FLOOR_PATH}\`) ${what(r.floor)} | ${(r.floor.busyMs / r.floor.loads).toFixed(0)} ms | | |`,
    ...(
      [
        ["catalogue page", r.catalogue],
        [`compare page (${vendors} vendors)`, r.compare],
      ] as const
    ).flatMap(([label, p]) => [
      `| where the ${label}'s time in the browser goes while it loads ${what(p)} | ${(p.busyMs / p.loads).toFixed(0)} ms | | |`,
      `| our code's share of that (app/, lib/, components/ by the source maps of a second build of the same code) | ${(ourMs(p) / p.loads).toFixed(1)} ms | ${((100 * ourMs(p)) / p.busyMs).toFixed(1)} % | |`,
    ]),
  ];
}

async function standalone() {
  await benchStandalone("scorecard_browser_profile", 3299, async (run) => {
    const { compareFixture } = await import("./compare");
    const { ISOLATION_ENV } = await import("./isolation");
    const { cookie } = await ownerSession("bench");
    const ids = (await compareFixture("bench")).slice(0, 5);
    const r = await benchBrowserProfiles(
      run.port,
      run.database.url,
      ISOLATION_ENV,
      `/w/bench/compare?e=${ids.join(",")}`,
      cookie,
    );
    console.log(
      ["| measurement | figure | | |", "|---|---:|---|---|", ...browserProfileRows(r, ids.length)].join("\n"),
    );
  });
}

runIfMain(module, standalone);
