/**
 * Issue 13, "fast under load": score saves through the API at a fixed arrival rate (an open
 * loop: each request leaves on its schedule whether or not earlier ones were answered, and its
 * latency counts from that *intended* time, so a stalled server or a late generator shows up
 * instead of hiding as coordinated omission). A client timeout of 10 s counts as a timeout.
 *  - capacity: saves/s answered 2xx by a closed loop of 8 clients (enough to keep the server's
 *    CPU busy, few enough that admission control never refuses them), the better of 2 rounds;
 *  - 100 saves/s: p99 < 50 ms;
 *  - 2× capacity: ≥ 0.9× capacity still served, every excess request a fast 503 `busy`
 *    (p99 < 50 ms), 0 timeouts, 0 acknowledged writes lost (history rows vs 2xx answers).
 *    The machine's own pace drifts (in one standalone run the same closed loop measured 189,
 *    then 257, then 384 saves/s within two minutes), so the 2× window runs three times, each
 *    between two capacity rounds, and is judged against the better of those two rounds (as the
 *    headline capacity is the better of two). The served-rate row judges the median window and
 *    lists all three; the refusals' p99 pools every `busy` answer of all three windows, and
 *    timeouts and other failures count in all of them.
 *
 * Standalone: `DATABASE_URL=… npx tsx --conditions=react-server scripts/bench/open-loop.ts`
 * (builds if needed, seeds a throwaway database, starts the app with ISOLATION_ENV plus
 * OPEN_LOOP_ENV, prints the rows). OPEN_LOOP_RATES=100,300 adds a sweep of extra rates.
 */
import { Client } from "pg";
import {
  capacity,
  CAPACITY_CLIENTS,
  openLoop,
  SECONDS,
  sleep,
  TIMEOUT_MS,
  type OpenLoopRun,
} from "./open-loop-load";
import { addShares, perSecond } from "./cpu-meter";
import { percentile } from "./isolation";
import { benchRefusalFloor } from "./refusal-floor";
import type { ScoringFixture } from "./scoring";
import { runIfMain, dropBenchDatabase } from "./standalone";

const DOUBLE_WINDOWS = 3;
/** The element at the median of `key` (of an odd count: the middle one). */
const middle = <T>(xs: T[], key: (x: T) => number): T =>
  [...xs].sort((a, b) => key(a) - key(b))[Math.floor(xs.length / 2)];

async function historyRows(databaseUrl: string) {
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  try {
    return Number((await pg.query(`SELECT count(*) FROM "ScoreHistory"`)).rows[0].count);
  } finally {
    await pg.end();
  }
}

type Round = Awaited<ReturnType<typeof capacity>>;
const better = (a: Round, b: Round) => (b.rate > a.rate ? b : a);

export async function benchOpenLoop(
  f: ScoringFixture,
  databaseUrl: string,
  extraRates: number[] = [],
  serverPid?: number,
) {
  await capacity(f, CAPACITY_CLIENTS, 3); // warm-up
  // The better of two rounds: the machine's other work only ever lowers the figure.
  const cap = Math.max((await capacity(f)).rate, (await capacity(f)).rate);
  await sleep(1_000);
  const before = await historyRows(databaseUrl);
  const at100 = await openLoop(f, 100);
  const rate = Math.round(2 * cap);
  const windows: Array<OpenLoopRun & { around: number; aroundRound: Round }> = [];
  // The capacity rounds between the windows save too: their 2xx answers count as acknowledged,
  // and a save of theirs with no answer could hide a lost one, so those are counted.
  const between = { ok: 0, unknown: 0 };
  let last = await capacity(f, CAPACITY_CLIENTS, 5, between, serverPid);
  for (let i = 0; i < DOUBLE_WINDOWS; i++) {
    await sleep(1_000);
    const run = await openLoop(f, rate, SECONDS, serverPid);
    await sleep(1_000);
    const next = await capacity(f, CAPACITY_CLIENTS, 5, between, serverPid);
    const round = better(last, next);
    windows.push({ ...run, around: round.rate, aroundRound: round });
    last = next;
  }
  const double = middle(windows, (w) => w.served / w.around);
  const sweep: OpenLoopRun[] = [];
  for (const r of extraRates) {
    await sleep(1_000);
    sweep.push(await openLoop(f, r));
  }
  // Saves the server finishes after the client gave up may still land: let them (and meanwhile
  // measure what a refusal costs alone, at the windows' refusal rate).
  const refusedPerSecond = windows.reduce((s, w) => s + w.busy, 0) / (windows.length * SECONDS);
  const refusal = await benchRefusalFloor(Math.max(50, Math.round(refusedPerSecond)));
  const stored = (await historyRows(databaseUrl)) - before;
  const acknowledged = [at100, ...windows, ...sweep].reduce((s, r) => s + r.ok, between.ok);
  return {
    capacity: cap,
    at100,
    double,
    windows,
    cpu: cpuAtTwice(windows),
    refusal,
    sweep,
    acknowledged,
    unknown: between.unknown,
    stored,
    lost: Math.max(0, acknowledged - stored),
  };
}

/**
 * Where the served rate at 2× goes: CPU per second in the windows against the rounds they are
 * judged by, and the server's CPU per refusal (its CPU in the windows beyond what their served
 * saves cost at the rounds' rate per save, divided by the refusals).
 */
function cpuAtTwice(windows: Array<OpenLoopRun & { aroundRound: Round }>) {
  const w = addShares(windows.map((x) => x.cpu));
  const c = addShares(windows.map((x) => x.aroundRound.cpu));
  const served = windows.reduce((s, x) => s + x.ok, 0);
  const refused = windows.reduce((s, x) => s + x.busy, 0);
  const perSave = c.server / windows.reduce((s, x) => s + x.aroundRound.ok, 0);
  return {
    rounds: perSecond(c),
    windows: perSecond(w),
    serverPerSave: perSave,
    serverPerRefusal: refused ? (w.server - served * perSave) / refused : NaN,
  };
}

const ms = (v: number) => (Number.isNaN(v) ? "n/a" : `${v.toFixed(1)} ms`);
const cpuMs = (v: number) => (Number.isNaN(v) ? "n/a" : `${v.toFixed(2)} ms`);
const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
const mix = (r: OpenLoopRun) =>
  Object.entries(r.statuses)
    .map(([k, v]) => `${v}× ${k}`)
    .join(", ") || "none";

export function openLoopRows(r: Awaited<ReturnType<typeof benchOpenLoop>>): string[] {
  const d = r.double;
  const ratios = r.windows.map((w) => `${w.served.toFixed(0)}/${w.around.toFixed(0)}`).join(", ");
  // "Every excess request fast": one p99 over the refusals of all windows; each window's is shown.
  const busyP99 = percentile(
    r.windows.flatMap((w) => w.busyMs),
    99,
  );
  const most = (k: "lateP99" | "generatorLagP99" | "generatorLagMax") =>
    ms(Math.max(...r.windows.map((w) => w[k])));
  const busyCount = r.windows.reduce((s, w) => s + w.busy, 0);
  const timeouts = r.windows.reduce((s, w) => s + w.timeouts, 0);
  const other = r.windows.reduce((s, w) => s + w.other, 0);
  const cpuPair = (k: "client" | "server" | "postgres") =>
    `${r.cpu.rounds[k].toFixed(0)} → ${r.cpu.windows[k].toFixed(0)} ms`;
  const row = (x: OpenLoopRun) =>
    `| open loop ${x.rate} saves/s for ${SECONDS} s: p99 from intended send (p50 ${ms(x.p50)}; ${x.ok}/${x.sent} 2xx; failures: ${mix(x)}) | ${ms(x.p99)} | | |`;
  return [
    `| score saves: capacity (closed loop, ${CAPACITY_CLIENTS} clients, 2xx/s, better of 2 rounds of 5 s) | ${r.capacity.toFixed(0)} saves/s | | |`,
    `| open loop 100 saves/s for ${SECONDS} s: p99 from intended send (p50 ${ms(r.at100.p50)}; ${r.at100.ok}/${r.at100.sent} 2xx; failures: ${mix(r.at100)}; the generator sent late by p99 ${ms(r.at100.lateP99)}) | ${ms(r.at100.p99)} | goal < 50 ms | ${verdict(r.at100.p99 < 50)} |`,
    `| open loop 2× capacity (${d.rate} saves/s, ${r.windows.length} windows of ${SECONDS} s, each between two capacity rounds; served / the better capacity round around it: ${ratios}): served rate of the median window (p99 of its 2xx ${ms(d.okP99)}) | ${d.served.toFixed(0)} saves/s | ${(d.served / d.around).toFixed(2)}× the capacity around it; goal ≥ 0.9× | ${verdict(d.served >= 0.9 * d.around)} |`,
    `| open loop 2× capacity: excess answered 503 \`busy\`, p99 of all ${r.windows.length} windows' refusals (${busyCount} busy; per window ${r.windows.map((w) => ms(w.busyP99)).join(", ")}; other failures in all windows: ${other}; the generator sent late by p99 up to ${most("lateP99")}, its loop lagged p99 up to ${most("generatorLagP99")}, max ${most("generatorLagMax")}) | ${ms(busyP99)} | goal < 50 ms, all excess busy | ${verdict(r.windows.every((w) => w.busy > 0) && busyP99 < 50 && other === 0)} |`,
    `| open loop 2× capacity, CPU per second, the capacity rounds the windows are judged by → the windows: load generator ${cpuPair("client")}, app server ${cpuPair("server")}, PostgreSQL ${cpuPair("postgres")}, machine busy ${(100 * r.cpu.rounds.machineBusy).toFixed(0)} % → ${(100 * r.cpu.windows.machineBusy).toFixed(0)} %; app server CPU per save in the rounds ${cpuMs(r.cpu.serverPerSave)} | ${cpuMs(r.cpu.serverPerRefusal)} | app server CPU per refusal in the windows | |`,
    `| a refusal's server CPU measured alone at ${r.refusal.rate}/s (the windows' refusal rate): our refusal path ${cpuMs(r.refusal.ours)} against a bare node:http server writing the same 503, ${cpuMs(r.refusal.bare)} (a save in the rounds: ${cpuMs(r.cpu.serverPerSave)}) | ${(r.refusal.ours / r.refusal.bare).toFixed(2)}× | ours against Node's own | |`,
    `| open loop 2× capacity: client timeouts (> ${TIMEOUT_MS / 1000} s), all windows | ${timeouts} | goal 0 | ${verdict(timeouts === 0)} |`,
    `| open loop: lost writes (2xx answers ${r.acknowledged}, history rows stored ${r.stored}; saves of the capacity rounds with no answer, which would blur the check: ${r.unknown}) | ${r.lost} | goal 0 | ${verdict(r.lost === 0 && r.unknown === 0)} |`,
    ...r.sweep.map(row),
  ];
}

/** Extra settings for the app under this bench (none: it measures the defaults). */
export const OPEN_LOOP_ENV: Record<string, string> = {};

async function standalone() {
  const { buildIfNeeded } = await import("../build-if-needed");
  const { seededDatabase } = await import("../seeded-database");
  const { startApp } = await import("./app-server");
  const { ISOLATION_ENV } = await import("./isolation");
  const { scoringFixture } = await import("./scoring-fixture");
  buildIfNeeded();
  const db = await seededDatabase("scorecard_bench");
  const port = 3292;
  const f = await scoringFixture(`http://127.0.0.1:${port}`, "bench-only-secret");
  const app = await startApp(port, db.url, { ...ISOLATION_ENV, ...OPEN_LOOP_ENV });
  try {
    const extra = (process.env.OPEN_LOOP_RATES ?? "").split(",").filter(Boolean).map(Number);
    const r = await benchOpenLoop(f, db.url, extra, app.pid);
    console.log(["| measurement | figure | goal | |", "|---|---:|---:|---|", ...openLoopRows(r)].join("\n"));
  } finally {
    app.kill("SIGTERM");
    await dropBenchDatabase(db);
  }
}

runIfMain(module, standalone);
