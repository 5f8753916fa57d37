/**
 * Where the compare page's server time goes: a second instance of the built app under
 * `--cpu-prof`, 300 compare requests (10 vendors) one after another after a warm-up, its main
 * thread's time per request by origin (scripts/bench/cpu-profile.ts) and our code's share.
 * Standalone: `DATABASE_URL=… npx tsx --conditions=react-server scripts/bench/pages-profile.ts`
 * (PROFILE_KEEP=1 keeps the .cpuprofile and prints its path and the busiest functions).
 */
import { ourShare, printKeptProfile, profileApp, profileRows } from "./cpu-profile";
import { benchStandalone, ownerSession, runIfMain } from "./standalone";

const REQUESTS = 300;
const WARMUP = 60;

export async function benchCompareProfile(
  databaseUrl: string,
  port: number,
  env: Record<string, string>,
  slug: string,
  cookie: string,
  ids: string[],
) {
  return profileApp(port, databaseUrl, env, async (base) => {
    const url = `${base}/w/${slug}/compare?e=${ids.join(",")}`;
    const get = async () => {
      const res = await fetch(url, { headers: { cookie } });
      await res.text();
      if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
    };
    for (let i = 0; i < WARMUP; i++) await get();
    const started = performance.now();
    for (let i = 0; i < REQUESTS; i++) await get();
    return { requests: REQUESTS, windowMs: performance.now() - started };
  });
}

export type CompareProfile = Awaited<ReturnType<typeof benchCompareProfile>>;

/**
 * The profile's rows; with the page's measured time and its statements' (`page`, `sql`, ms) also
 * what the page would take if our code took none of it, against the goal of 2× its SQL.
 */
export function compareProfileRows(
  p: CompareProfile,
  vendors: number,
  measured?: { page: number; sql: number },
): string[] {
  const share = ourShare(p);
  const rows = profileRows(
    `the compare page's server time goes (${vendors} vendors, ${p.requests} requests one after another)`,
    p,
  );
  if (measured) {
    const without = measured.page * (1 - share);
    rows.push(
      `| the compare page if our code took no time (its median less our code's share of the profile) | ${without.toFixed(2)} ms | ${(without / measured.sql).toFixed(1)}× its SQL${without > 2 * measured.sql ? ": over the goal (2×) whatever our code costs" : ""} | |`,
    );
  }
  return rows;
}

async function standalone() {
  await benchStandalone("scorecard_profile", 3294, async (run) => {
    const { compareFixture } = await import("./compare");
    const { ISOLATION_ENV } = await import("./isolation");
    const { cookie } = await ownerSession("bench");
    const ids = await compareFixture("bench");
    const p = await benchCompareProfile(run.database.url, run.port, ISOLATION_ENV, "bench", cookie, ids);
    console.log(
      ["| measurement | figure | goal | |", "|---|---:|---:|---|", ...compareProfileRows(p, ids.length)].join(
        "\n",
      ),
    );
    printKeptProfile(p);
  });
}

runIfMain(module, standalone);
