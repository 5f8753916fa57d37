/**
 * Admission control for one app instance (scripts/serve.ts): at most `maxInflight` requests
 * run at once, at most `queue` more wait their turn (first come, first served) for at most
 * `queueWaitMs`; anything beyond is refused at once, so overload answers fast `503 busy`
 * instead of piling requests onto the database pool until they time out there. A waiting
 * request whose client has gone leaves the queue without ever running.
 * Pure (no HTTP): lib/http/admission-handler.ts maps the outcomes to responses.
 */
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
 * A refusal is answered within about one loop turn, so the loop must stay well under the 50 ms
 * a refusal may take; a saturated but healthy loop here turns in 10–20 ms.
 */
const DEFAULT_MAX_LAG_MS = 30;

const envSchema = z.object({
  DATABASE_POOL_SIZE: envInt(1, 1_000),
  ADMISSION_MAX_INFLIGHT: envInt(1, 10_000),
  ADMISSION_QUEUE: envInt(0, 100_000),
  ADMISSION_QUEUE_WAIT_MS: envInt(1, 60_000),
  ADMISSION_MAX_LAG_MS: envInt(0, 60_000),
});

/**
 * The limits from the environment, defaults sized on the database pool (DATABASE_POOL_SIZE,
 * default 10; the embedded database uses 1): as many requests in flight as the pool has
 * connections (at least 2), so an admitted request rarely waits for one. Waiting: twice that,
 * and at least 64, so an API client's burst (a script saving a section's 58 scores at once)
 * is absorbed rather than partly refused, while a full queue still drains well within the 1 s
 * wait (84 at the measured ~250 saves/s is ~0.35 s; scripts/bench/open-loop.ts). A bad
 * value is an error naming the variable (`npm start` checks before it serves).
 */
export function admissionSettings(env: Record<string, string | undefined> = process.env): AdmissionSettings {
  const e = parseEnvSettings(envSchema, env);
  const maxInflight = e.ADMISSION_MAX_INFLIGHT ?? Math.max(2, e.DATABASE_POOL_SIZE ?? 10);
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
  /** A slot for one request; `signal` aborts when its client disconnects. */
  enter(signal?: AbortSignal): Promise<Admitted>;
  readonly inflight: number;
  readonly queued: number;
}

/**
 * The gate. Besides its counters it reads `signals`, for requests that would have to wait: while
 * the event loop lags, one is refused at once instead of queued; and one whose expected wait (its
 * place in the queue over the recent drain rate) exceeds `queueWaitMs` is refused now rather than
 * after waiting it out. A free slot is always taken, so the served rate stays at capacity.
 */
export function createGate(s: AdmissionSettings, signals: LoadSignals = QUIET_SIGNALS): Gate {
  let inflight = 0;
  const waiting: Waiter[] = [];

  const slot = (): Admitted => {
    inflight++;
    let done = false;
    return {
      outcome: "run",
      release: () => {
        if (!done) {
          done = true;
          inflight--;
          signals.finished();
          next();
        }
      },
    };
  };
  const next = () => {
    while (inflight < s.maxInflight && waiting.length) waiting.shift()!.admit();
  };

  return {
    get inflight() {
      return inflight;
    },
    get queued() {
      return waiting.length;
    },
    enter(signal) {
      if (signal?.aborted) return Promise.resolve({ outcome: "gone" });
      // Nobody waiting and a free slot: run now (a queue never jumps ahead of its own head).
      if (inflight < s.maxInflight && !waiting.length) return Promise.resolve(slot());
      // It would wait. Not behind a lagging loop: its wait would grow, and so would the wait of
      // every request still unread behind it.
      if (s.maxLagMs > 0 && signals.lagMs() > s.maxLagMs)
        return Promise.resolve({ outcome: "busy", reason: "lagging" });
      if (waiting.length >= s.queue) return Promise.resolve({ outcome: "busy", reason: "queue_full" });
      const drain = signals.drainPerSecond();
      if (drain > 0 && ((waiting.length + 1) * 1000) / drain > s.queueWaitMs)
        return Promise.resolve({ outcome: "busy", reason: "queue_full" });
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
export function laneOf(pathname: string): "exempt" | "health" | "app" {
  if (pathname.startsWith("/_next/static/") || pathname === "/favicon.ico" || pathname === "/robots.txt")
    return "exempt";
  if (pathname === "/api/health") return "health";
  return "app";
}

/** The health lane's own limits: a few probes at once, a few waiting briefly. */
export const HEALTH_LANE: AdmissionSettings = { maxInflight: 2, queue: 4, queueWaitMs: 2_000, maxLagMs: 0 };
