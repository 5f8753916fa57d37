/**
 * What admission control (lib/http/admission.ts) reads besides its own counters: how late this
 * process's event loop runs, and how fast admitted requests finish. Counting requests in flight
 * is not enough on its own: when the admitted work already uses all the CPU, requests wait to be
 * *read* behind it, and a refusal then costs as much latency as an answer (measured: 503s after
 * 6.5 s at 2× capacity). Refusing while the loop lags keeps CPU free to say no quickly, and
 * refusing a newcomer whose expected wait exceeds the budget says no at once rather than after
 * the whole wait.
 */
export interface LoadSignals {
  /** The event loop's worst delay over the last ~200 ms, in ms. */
  lagMs(): number;
  /** Admitted requests finished per second over the last second (0 until one has). */
  drainPerSecond(): number;
  /** One admitted request finished. */
  finished(): void;
  stop(): void;
}

const WINDOW_MS = 100;
const PROBE_MS = 10;

/**
 * Live signals: a 10 ms probe timer whose lateness is the loop's lag (perf_hooks'
 * monitorEventLoopDelay was tried: its histogram missed an 80 ms block read 30 ms later), and a
 * ring of 100 ms completion buckets. Timers are unref'd: they never keep the process alive.
 */
export function liveLoadSignals(): LoadSignals {
  let previousMax = 0;
  let currentMax = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    currentMax = Math.max(currentMax, now - last - PROBE_MS);
    last = now;
  }, PROBE_MS);
  probe.unref();
  const buckets = new Array<number>(10).fill(0);
  let bucket = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    // Two windows, so a window that has just begun never reads as calm.
    previousMax = currentMax;
    currentMax = Math.max(0, performance.now() - last - PROBE_MS);
    bucket = (bucket + 1) % buckets.length;
    buckets[bucket] = 0;
    ticks = Math.min(ticks + 1, buckets.length);
  }, WINDOW_MS);
  timer.unref();
  return {
    // A stall in progress counts too: the probe has not fired since `last`.
    lagMs: () => Math.max(previousMax, currentMax, performance.now() - last - PROBE_MS),
    drainPerSecond: () => {
      const total = buckets.reduce((s, n) => s + n, 0);
      return ticks === 0 ? 0 : (total * 1000) / (Math.max(1, ticks) * WINDOW_MS);
    },
    finished: () => {
      buckets[bucket]++;
    },
    stop: () => {
      clearInterval(timer);
      clearInterval(probe);
    },
  };
}

/** Signals that never object (tests of the counting rules, the health lane). */
export const QUIET_SIGNALS: LoadSignals = {
  lagMs: () => 0,
  drainPerSecond: () => 0,
  finished: () => {},
  stop: () => {},
};
