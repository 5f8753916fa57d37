/**
 * What admission control (lib/http/admission.ts) reads besides its own counters: how late this
 * process's event loop runs. When the admitted work already uses all the CPU, requests wait to
 * be *read* behind it, and a refusal then costs as much latency as an answer (measured: 503s
 * after 6.5 s at 2× capacity); refusing instead of queueing while the loop lags keeps CPU free to
 * say no quickly (ADMISSION_MAX_LAG_MS).
 */
export interface LoadSignals {
  /** The event loop's worst delay over the last ~200 ms, in ms. */
  lagMs(): number;
  stop(): void;
}

const WINDOW_MS = 100;
const PROBE_MS = 10;

/**
 * Live signals: a 10 ms probe timer whose lateness is the loop's lag (perf_hooks'
 * monitorEventLoopDelay was tried: its histogram missed an 80 ms block read 30 ms later), its
 * worst over two 100 ms windows. Timers are unref'd: they never keep the process alive.
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
  const timer = setInterval(() => {
    // Two windows, so a window that has just begun never reads as calm.
    previousMax = currentMax;
    currentMax = Math.max(0, performance.now() - last - PROBE_MS);
  }, WINDOW_MS);
  timer.unref();
  return {
    // A stall in progress counts too: the probe has not fired since `last`.
    lagMs: () => Math.max(previousMax, currentMax, performance.now() - last - PROBE_MS),
    stop: () => {
      clearInterval(timer);
      clearInterval(probe);
    },
  };
}

/** Signals that never object (tests of the counting rules, the health lane). */
export const QUIET_SIGNALS: LoadSignals = {
  lagMs: () => 0,
  stop: () => {},
};
