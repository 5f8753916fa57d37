/**
 * Score saves at the SQL floor's pace: 10 concurrent clients (closed loop) saving through the
 * app's API, next to the "floor" — the same SQL statements the app runs for one save, imported
 * from lib so they cannot drift, sent through `pg` with a pool of 10 from 10 concurrent loops,
 * on the same database in the same run. Also the 1-client p50 of both, and the database round
 * trips of one save (pg's Client.prototype.query counted around an in-process save).
 * For scale, the same loop sends the same PUT to an API path with no handler: the app's
 * catch-all route (app/api/[...path]) answers a JSON 404 with no database work, so its rate is
 * what the server and this client loop can do per request at all — the ceiling any route of
 * ours can reach on this machine.
 */
import { Agent } from "node:http";
import { availableParallelism } from "node:os";
import type { NextRequest } from "next/server";
import { Client, Pool } from "pg";
import { addShares, cpuMeter, perOperation, type CpuShare } from "./cpu-meter";
import { putJson } from "./http-put";
import { measure, median } from "./measure";
import type { ScoringFixture } from "./scoring";
import { benchStandalone, runIfMain } from "./standalone";

const CLIENTS = 10;
const ROUNDS = 5;
const SECONDS = 5;
export const FLOOR_GOAL = 0.8;

interface Target {
  evaluationId: string;
  criterionKey: string;
  n: number;
}
type SaveOnce = (t: Target) => Promise<void>;

/** Each client saves into its own evaluation, criterion after criterion: no row contention between clients. */
export async function closedLoop(f: ScoringFixture, save: SaveOnce, seconds: number, serverPid?: number) {
  const end = Date.now() + seconds * 1000;
  const meter = cpuMeter(serverPid);
  const t0 = process.hrtime.bigint();
  const counts = await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      let done = 0;
      while (Date.now() < end) {
        await save({
          evaluationId: f.evaluationIds[c % f.evaluationIds.length],
          criterionKey: f.criterionKeys[done % f.criterionKeys.length],
          n: done,
        });
        done++;
      }
      return done;
    }),
  );
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const done = counts.reduce((s, n) => s + n, 0);
  return { rps: done / secs, done, cpu: meter.stop() };
}

async function rounds(f: ScoringFixture, save: SaveOnce, serverPid?: number) {
  await closedLoop(f, save, 2, serverPid); // warm-up
  const rps: number[] = [];
  const cpu: CpuShare[] = [];
  let done = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const r = await closedLoop(f, save, SECONDS, serverPid);
    rps.push(r.rps);
    cpu.push(r.cpu);
    done += r.done;
  }
  let n = 0;
  const single = await measure(
    () =>
      save({
        evaluationId: f.evaluationIds[0],
        criterionKey: f.criterionKeys[n % f.criterionKeys.length],
        n: n++,
      }),
    { warmup: 30, rounds: 5, perRound: 40 },
  );
  return { rps: median(rps), rounds: rps, single: single.median, cpu: perOperation(addShares(cpu), done) };
}

/** The save's PUT through the API to `path`, answered `status` (anything else fails the run). */
function put(f: ScoringFixture, path: (t: Target) => string, status: number): SaveOnce {
  // The lean client (scripts/bench/http-put.ts): `fetch` cost this process 3–6× the CPU per request.
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  return async (t) => {
    const body = JSON.stringify({ value: t.n % 5, rationale: `floor bench ${t.n}` });
    const res = await putJson(agent, `${f.url}${path(t)}`, f.token, body, 30_000);
    if (res.status !== status) throw new Error(`PUT ${path(t)} answered ${res.status || res.failure}`);
  };
}

export const appSave = (f: ScoringFixture) =>
  put(f, (t) => `/api/v1/evaluations/${t.evaluationId}/scores/${t.criterionKey}`, 200);

/** The same request to a path with no handler: routing, admission and a JSON 404, no database. */
const emptyRoute = (f: ScoringFixture) => put(f, (t) => `/api/v1/no-such-endpoint/${t.n}`, 404);

/** What one save costs the database: the statements lib runs, nothing else. */
async function floorSave(f: ScoringFixture, pool: Pool): Promise<SaveOnce> {
  const { floorStatements } = await import("./save-floor-sql");
  return floorStatements(f, pool);
}

/** Round trips of one save through the same code the route runs (token lookup + service), counted in-process. */
async function roundTrips(f: ScoringFixture): Promise<{ save: number; sealing: number }> {
  const { actorFromBearer } = await import("../../lib/auth/api-token");
  const { saveScore } = await import("../../lib/services/evaluations/scores");
  const { SEALER_TAG } = await import("../../lib/audit/seal");
  const original = Client.prototype.query;
  let count = 0;
  let sealing = 0;
  const headers = new Headers({ authorization: `Bearer ${f.token}`, "user-agent": "bench" });
  const once = async (n: number) => {
    const actor = await actorFromBearer({ headers } as unknown as NextRequest);
    await saveScore(
      actor,
      actor.token!.membership!.workspace.slug,
      f.evaluationIds[0],
      f.criterionKeys[n % f.criterionKeys.length],
      { value: n % 5, rationale: `count ${n}` },
    );
  };
  await once(0); // warm: catalogue shape cached, token's lastUsedAt fresh
  Client.prototype.query = function counted(this: Client, ...args: unknown[]) {
    const sql =
      typeof args[0] === "string" ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? "");
    if (sql.startsWith(SEALER_TAG)) sealing++;
    else count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    for (let i = 1; i <= 20; i++) await once(i);
  } finally {
    Client.prototype.query = original;
  }
  // The audit sealer's statements run on their own timer, shared by every save sealed with them.
  return { save: count / 20, sealing: sealing / 20 };
}

export async function benchSaveFloor(f: ScoringFixture, databaseUrl: string, serverPid: number) {
  const trips = await roundTrips(f);
  const pool = new Pool({ connectionString: databaseUrl, max: CLIENTS });
  try {
    const app = await rounds(f, appSave(f), serverPid);
    const floor = await rounds(f, await floorSave(f, pool), serverPid);
    const empty = await rounds(f, emptyRoute(f), serverPid);
    // CPU is additive: a save through the app costs at least the empty route's request (HTTP
    // client, Node, Next) plus the floor's save (pg client, PostgreSQL). Were the machine's cores
    // all busy with nothing else, that sum per save would bound every save route on this machine.
    const ceiling = (availableParallelism() * 1000) / (empty.cpu.machine + floor.cpu.machine);
    return { app, floor, empty, ratio: app.rps / floor.rps, ceiling, roundTrips: trips };
  } finally {
    await pool.end();
  }
}

export type SaveFloorBench = Awaited<ReturnType<typeof benchSaveFloor>>;
const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
const cpuRow = (c: SaveFloorBench["app"]["cpu"]) =>
  `${[c.client, c.server, c.postgres, c.machine].map((v) => v.toFixed(2)).join(" / ")} (${(100 * c.machineBusy).toFixed(0)} %)`;

/** The rows for the BENCHMARKS.md table (| measurement | figure | goal | verdict |). */
export function saveFloorRows(r: SaveFloorBench): string[] {
  return [
    `| score save, ${CLIENTS} clients (closed loop, ${ROUNDS}×${SECONDS} s): app via API ${r.app.rps.toFixed(0)} saves/s vs its SQL floor (same statements via pg, pool of ${CLIENTS}) ${r.floor.rps.toFixed(0)} saves/s | ${r.ratio.toFixed(2)}× floor | goal ≥ ${FLOOR_GOAL}× | ${verdict(r.ratio >= FLOOR_GOAL)} |`,
    `| for scale: the same loop's PUT to an API path with no handler (the app's catch-all route answers a JSON 404 through Next; no database, none of the save's code) | ${r.empty.rps.toFixed(0)} req/s | ${(r.empty.rps / r.floor.rps).toFixed(2)}× floor: the most any route reaches here | |`,
    `| CPU per request in those loops, ms: client / app server / PostgreSQL / whole machine (machine busy): app save ${cpuRow(r.app.cpu)}; SQL floor ${cpuRow(r.floor.cpu)}; empty route ${cpuRow(r.empty.cpu)} | ${r.app.cpu.machine.toFixed(2)} ms | | |`,
    `| the most any save through Next could reach here: ${availableParallelism()} cores ÷ (empty route's machine CPU per request + the floor's per save), all cores busy | ${r.ceiling.toFixed(0)} saves/s | ${(r.ceiling / r.floor.rps).toFixed(2)}× floor${r.ceiling / r.floor.rps < FLOOR_GOAL ? ": under the goal even if the save's own work cost nothing" : ""} | |`,
    `| the app server's CPU per save beyond the empty route's request and the floor's pg client work (body, validation, authorisation, audit, response: our code and what Next does for it) | ${(r.app.cpu.server - r.empty.cpu.server - r.floor.cpu.client).toFixed(2)} ms | | |`,
    `| score save, 1 client: p50 app via API / SQL floor / empty route | ${r.app.single.toFixed(2)} ms / ${r.floor.single.toFixed(2)} ms / ${r.empty.single.toFixed(2)} ms | | |`,
    `| score save: database round trips per save (token lookup + service, counted; plus ${r.roundTrips.sealing.toFixed(2)} of the audit sealer's, amortised) | ${r.roundTrips.save.toFixed(1)} | goal ≤ 3 | ${verdict(r.roundTrips.save <= 3)} |`,
  ];
}

async function standalone() {
  await benchStandalone("scorecard_bench", 3292, async (run) => {
    const { scoringFixture } = await import("./scoring-fixture");
    const { ISOLATION_ENV } = await import("./isolation");
    const f = await scoringFixture(run.base, "bench-only-secret");
    const app = await run.start(ISOLATION_ENV);
    const r = await benchSaveFloor(f, run.database.url, app.pid!);
    console.log(["| measurement | figure | goal | |", "|---|---:|---:|---|", ...saveFloorRows(r)].join("\n"));
    console.log(JSON.stringify({ app: r.app, floor: r.floor, empty: r.empty }));
  });
}

runIfMain(module, standalone);
