/**
 * Admission control for one app instance (scripts/serve.ts): at most `maxInflight` requests
 * run at once, at most `queue` more wait their turn (first come, first served) for at most
 * `queueWaitMs`; anything beyond is refused at once, so overload answers fast `503 busy`
 * instead of piling requests onto the database pool until they time out there. A waiting
 * request whose client has gone leaves the queue without ever running.
 * Pure (no HTTP): lib/http/admission-handler.ts maps the outcomes to responses.
 */
import { availableParallelism } from "node:os";
import { z } from "zod";
import { envInt, parseEnvSettings } from "../schemas/env-settings";
import { QUIET_SIGNALS, type LoadSignals } from "./load-signals";

export interface AdmissionSettings {
  /** Requests running at once at most. */
  maxInflight: number;
  /** Requests waiting for a slot at most; one more is refused at once. */
  queue: number;
  /** How long a request may wait for a slot before it is refused. */
  queueWaitMs: number;
  /** While the event loop runs later than this, newcomers are refused at once (0: never). */
  maxLagMs: number;
}

const MIN_QUEUE = 64;
/**
 * Off unless set: a burst (a script saving 58 scores at once) on a busy loop would be partly
 * refused, and the e2e suite's bursts were. Set it where API clients retry on `busy` and a
 * fast refusal is worth more than absorbing bursts (30 ms measured well at 2× capacity).
 */
const DEFAULT_MAX_LAG_MS = 0;

const envSchema = z.object({
  DATABASE_POOL_SIZE: envInt(1, 1_000),
  ADMISSION_MAX_INFLIGHT: envInt(1, 10_000),
  ADMISSION_QUEUE: envInt(0, 100_000),
  ADMISSION_QUEUE_WAIT_MS: envInt(1, 60_000),
  ADMISSION_MAX_LAG_MS: envInt(0, 60_000),
});

/**
 * The limits from the environment. In flight: two requests per core, and never more than the
 * database pool has connections (DATABASE_POOL_SIZE, default 10; the embedded database uses 1),
 * at least 2. A request's own work is CPU (rendering, JSON, hashing) between short queries, so
 * more at once only lengthens each one and the event loop's turns, and then a refusal waits
 * behind them too (scripts/bench/open-loop.ts at 2× capacity, 2 cores: 503 p99 2.6 s with 20 in
 * flight, 55 ms with 4, the same served rate). Waiting: twice that, and at least 64, so an API
 * client's burst (a script saving a section's 58 scores at once) is absorbed rather than partly
 * refused, within the 1 s wait. A bad value is an error naming the variable (`npm start` checks
 * before it serves).
 */
export function admissionSettings(
  env: Record<string, string | undefined> = process.env,
  cores = availableParallelism(),
): AdmissionSettings {
  const e = parseEnvSettings(envSchema, env);
  const maxInflight =
    e.ADMISSION_MAX_INFLIGHT ?? Math.max(2, Math.min(2 * cores, e.DATABASE_POOL_SIZE ?? 10));
  return {
    maxInflight,
    queue: e.ADMISSION_QUEUE ?? Math.max(MIN_QUEUE, 2 * maxInflight),
    queueWaitMs: e.ADMISSION_QUEUE_WAIT_MS ?? 1_000,
    maxLagMs: e.ADMISSION_MAX_LAG_MS ?? DEFAULT_MAX_LAG_MS,
  };
}

/** `run`: admitted, call `release` once when the response is done. `busy`: refused. `gone`: the client left while waiting. */
export type Admitted =
  | { outcome: "run"; release: () => void }
  | { outcome: "busy"; reason: "queue_full" | "waited_too_long" | "lagging" }
  | { outcome: "gone" };

interface Waiter {
  admit: () => void;
  leave: (a: Admitted) => void;
}

export interface Gate {
  /**
   * A slot for one request; `signal` aborts when its client disconnects. A `patient` request
   * (a person's page load) waits its turn even while the loop lags: refusing it shows an error
   * page, where an API client or a prefetch just retries.
   */
  enter(signal?: AbortSignal, patient?: boolean): Promise<Admitted>;
  /**
   * What can be decided at once: a free slot (`run`), or a refusal (`busy`); null when the
   * request would have to wait (then call `enter`). Most requests are decided here, and this way
   * they cost no promise, no abort signal and no listener beyond the slot's release: under
   * overload every refusal's cost is taken from the requests being served.
   */
  tryEnter(patient?: boolean): Exclude<Admitted, { outcome: "gone" }> | null;
  readonly inflight: number;
  readonly queued: number;
}

/**
 * The gate. Besides its counters it reads `signals`, for requests that would have to wait: while
 * the event loop lags beyond `maxLagMs`, one that is not `patient` is refused at once instead of
 * queued. A free slot is always taken, so the served rate stays at capacity.
 */
export function createGate(s: AdmissionSettings, signals: LoadSignals = QUIET_SIGNALS): Gate {
  let inflight = 0;
  const waiting: Waiter[] = [];

  const slot = (): Extract<Admitted, { outcome: "run" }> => {
    inflight++;
    let done = false;
    return {
      outcome: "run",
      release: () => {
        if (!done) {
          done = true;
          inflight--;
          next();
        }
      },
    };
  };
  const next = () => {
    while (inflight < s.maxInflight && waiting.length) waiting.shift()!.admit();
  };
  const tryEnter = (patient = false): Exclude<Admitted, { outcome: "gone" }> | null => {
    // Nobody waiting and a free slot: run now (a queue never jumps ahead of its own head).
    if (inflight < s.maxInflight && !waiting.length) return slot();
    // It would wait. Not behind a lagging loop: its wait would grow, and so would the wait of
    // every request still unread behind it.
    if (!patient && s.maxLagMs > 0 && signals.lagMs() > s.maxLagMs)
      return { outcome: "busy", reason: "lagging" };
    if (waiting.length >= s.queue) return { outcome: "busy", reason: "queue_full" };
    return null;
  };

  return {
    get inflight() {
      return inflight;
    },
    get queued() {
      return waiting.length;
    },
    tryEnter,
    enter(signal, patient = false) {
      if (signal?.aborted) return Promise.resolve({ outcome: "gone" });
      const now = tryEnter(patient);
      if (now) return Promise.resolve(now);
      return new Promise<Admitted>((resolve) => {
        const finish = (a: Admitted) => {
          clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
          const i = waiting.indexOf(waiter);
          if (i >= 0) waiting.splice(i, 1);
          resolve(a);
        };
        const waiter: Waiter = { admit: () => finish(slot()), leave: finish };
        const onAbort = () => finish({ outcome: "gone" });
        const timer = setTimeout(() => finish({ outcome: "busy", reason: "waited_too_long" }), s.queueWaitMs);
        signal?.addEventListener("abort", onAbort, { once: true });
        waiting.push(waiter);
      });
    },
  };
}

/**
 * Which lane a request takes. Static build assets and the favicon do no database work and are
 * what an already-admitted page needs to render, so they are never refused (`exempt`).
 * `/api/health` gets its own small lane: a load balancer's probe must not queue behind user
 * traffic (or the instance looks dead when it is only busy), yet a flood of probes cannot
 * take the app's slots either.
 */
export function laneOf(pathname: string): "exempt" | "health" | "heavy" | "app" {
  if (pathname.startsWith("/_next/static/") || pathname === "/favicon.ico" || pathname === "/robots.txt")
    return "exempt";
  if (pathname === "/api/health") return "health";
  if (HEAVY_PATH.test(pathname)) return "heavy";
  return "app";
}

/**
 * PDFs, exports, imports, backups and restores: their work runs in the worker pool
 * (lib/workers/), so such a request mostly waits for a thread. In the app lane a few of them
 * would hold every slot for seconds; in their own lane they cannot, and the pool bounds them.
 */
const HEAVY_PATH = /(?:\/report\.pdf|\/(?:export|import|backup))$|^\/restore$/;

/**
 * The heavy lane: no more than the worker pool runs and queues, and no more than the database
 * connections the app lane leaves (a backup or restore holds one for its whole transaction; the
 * two lanes together never outnumber the pool, as one lane did not before). A few more wait:
 * such a request takes seconds anyway, and waiting beats being refused.
 */
export function heavyLane(
  workers: { threads: number; queue: number },
  app: AdmissionSettings,
  env: Record<string, string | undefined> = process.env,
): AdmissionSettings {
  const pool = parseEnvSettings(envSchema, env).DATABASE_POOL_SIZE ?? 10;
  const maxInflight = Math.max(1, Math.min(workers.threads + workers.queue, pool - app.maxInflight));
  return { maxInflight, queue: workers.queue, queueWaitMs: 5_000, maxLagMs: 0 };
}

/** The health lane's own limits: a few probes at once, a few waiting briefly. */
export const HEALTH_LANE: AdmissionSettings = { maxInflight: 2, queue: 4, queueWaitMs: 2_000, maxLagMs: 0 };
