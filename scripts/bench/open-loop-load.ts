/**
 * The load generator of scripts/bench/open-loop.ts: score saves through the API, sent on a fixed
 * schedule (open loop) or back to back by a few clients (closed loop, the capacity). Latency
 * counts from the intended send time, so a late generator shows up instead of hiding.
 */
import { Agent } from "node:http";
import { cpuMeter } from "./cpu-meter";
import { putJson } from "./http-put";
import { percentile } from "./isolation";
import type { ScoringFixture } from "./scoring";

export const TIMEOUT_MS = 10_000;
export const CAPACITY_CLIENTS = 8;
export const SECONDS = 10;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Answer {
  status: number;
  code: string | null;
  ms: number;
  /** How late the generator itself sent it (it shares the cores with the app). */
  lateMs: number;
}

/** One score save; resolves with status 0 on a client timeout or a socket error. */
async function save(agent: Agent, f: ScoringFixture, n: number, started: number): Promise<Answer> {
  const url = `${f.url}/api/v1/evaluations/${f.evaluationIds[n % f.evaluationIds.length]}/scores/${f.criterionKeys[Math.floor(n / f.evaluationIds.length) % f.criterionKeys.length]}`;
  const body = JSON.stringify({ value: n % 5, rationale: `open loop ${n}` });
  const lateMs = Math.max(0, performance.now() - started);
  // Measured from the intended send time: a request sent late already carries its delay.
  const a = await putJson(agent, url, f.token, body, started + TIMEOUT_MS - performance.now());
  if (a.failure)
    return {
      status: 0,
      code: a.failure,
      ms: a.failure === "timeout" ? TIMEOUT_MS : performance.now() - started,
      lateMs,
    };
  let code: string | null = null;
  if (a.status !== 200) {
    try {
      code = (JSON.parse(a.text) as { error?: { code?: string } }).error?.code ?? null;
    } catch {
      /* not JSON */
    }
  }
  return { status: a.status, code, ms: performance.now() - started, lateMs };
}

let counter = 0;

/** Requests at `rate`/s for `seconds`, on schedule; then waits for the last answers. */
export async function openLoop(f: ScoringFixture, rate: number, seconds = SECONDS, serverPid?: number) {
  const meter = cpuMeter(serverPid);
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const total = Math.round(rate * seconds);
  // The generator's own event-loop lateness: an answer it reads late looks like a slow server.
  const lags: number[] = [];
  let tick = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    lags.push(now - tick - 10);
    tick = now;
  }, 10);
  const pending: Array<Promise<Answer>> = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const intended = start + (i * 1000) / rate;
    const wait = intended - performance.now();
    if (wait > 1) await sleep(wait);
    pending.push(save(agent, f, counter++, intended));
  }
  const answers = await Promise.all(pending);
  const cpu = meter.stop();
  clearInterval(probe);
  agent.destroy();
  const ok = answers.filter((a) => a.status === 200);
  const busy = answers.filter((a) => a.status === 503 && a.code === "busy");
  const timeouts = answers.filter((a) => a.code === "timeout").length;
  const statuses: Record<string, number> = {};
  for (const a of answers)
    if (a.status !== 200)
      statuses[`${a.status}${a.code ? ` ${a.code}` : ""}`] =
        (statuses[`${a.status}${a.code ? ` ${a.code}` : ""}`] ?? 0) + 1;
  const all = answers.map((a) => a.ms);
  return {
    rate,
    cpu,
    sent: total,
    ok: ok.length,
    served: ok.length / seconds,
    busy: busy.length,
    timeouts,
    other: answers.length - ok.length - busy.length - timeouts,
    statuses,
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    okP99: percentile(
      ok.map((a) => a.ms),
      99,
    ),
    busyP99: percentile(
      busy.map((a) => a.ms),
      99,
    ),
    /** Every `503 busy` answer's latency, to pool several windows into one p99. */
    busyMs: busy.map((a) => a.ms),
    lateP99: percentile(
      answers.map((a) => a.lateMs),
      99,
    ),
    generatorLagP99: percentile(lags, 99),
    generatorLagMax: Math.max(...lags),
  };
}

/**
 * The closed-loop ceiling: `clients` clients saving back to back; 2xx answers per second.
 * `tally` adds up its 2xx answers and the saves whose outcome it never learnt (client timeout,
 * socket error: such a save may still be stored), for the lost-writes check.
 */
export async function capacity(
  f: ScoringFixture,
  clients = CAPACITY_CLIENTS,
  seconds = 5,
  tally?: { ok: number; unknown: number },
  serverPid?: number,
) {
  const meter = cpuMeter(serverPid);
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const end = performance.now() + seconds * 1000;
  let ok = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const a = await save(agent, f, counter++, performance.now());
        if (a.status === 0 && tally) tally.unknown++;
        if (a.status === 200) ok++;
        else await sleep(5); // a refusal is cheap: do not spin on it
      }
    }),
  );
  agent.destroy();
  if (tally) tally.ok += ok;
  return { rate: ok / seconds, ok, cpu: meter.stop() };
}

export type OpenLoopRun = Awaited<ReturnType<typeof openLoop>>;
