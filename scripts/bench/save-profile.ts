/**
 * Where a score save's server time goes: the same 10-client loop as scripts/bench/save-floor.ts
 * against a second instance of the built app under `--cpu-prof`, its main thread's time per
 * save by origin (scripts/bench/cpu-profile.ts), and our code's share of it.
 * Standalone: `DATABASE_URL=… npx tsx --conditions=react-server scripts/bench/save-profile.ts`
 * (PROFILE_KEEP=1 keeps the .cpuprofile and prints its path and the busiest functions).
 */
import { appSave, closedLoop } from "./save-floor";
import type { ScoringFixture } from "./scoring";
import { printKeptProfile, profileApp, profileRows } from "./cpu-profile";
import { benchStandalone, runIfMain } from "./standalone";

const WARMUP_S = 8;
const WINDOW_S = 10;

export async function benchSaveProfile(
  f: ScoringFixture,
  databaseUrl: string,
  port: number,
  env: Record<string, string>,
) {
  return profileApp(port, databaseUrl, env, async (base) => {
    const save = appSave({ ...f, url: base });
    await closedLoop(f, save, WARMUP_S);
    const r = await closedLoop(f, save, WINDOW_S);
    return { requests: r.done, windowMs: r.cpu.wallMs };
  });
}

export type SaveProfile = Awaited<ReturnType<typeof benchSaveProfile>>;

export const saveProfileRows = (p: SaveProfile) =>
  profileRows(
    `a save's server time goes (${p.requests} saves from 10 clients in ${(p.windowMs / 1000).toFixed(0)} s)`,
    p,
  );

async function standalone() {
  await benchStandalone("scorecard_bench", 3292, async (run) => {
    const { scoringFixture } = await import("./scoring-fixture");
    const { ISOLATION_ENV } = await import("./isolation");
    const f = await scoringFixture(run.base, "bench-only-secret");
    const p = await benchSaveProfile(f, run.database.url, run.port, ISOLATION_ENV);
    console.log(
      ["| measurement | figure | goal | |", "|---|---:|---:|---|", ...saveProfileRows(p)].join("\n"),
    );
    printKeptProfile(p);
  });
}

runIfMain(module, standalone);
