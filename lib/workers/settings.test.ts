import { describe, expect, it } from "vitest";
import { poolLimits } from "./settings";

describe("poolLimits", () => {
  it("reads WORKER_* from the environment, with bounded defaults when unset or empty", () => {
    expect(
      poolLimits({
        WORKER_THREADS: "1",
        WORKER_QUEUE: "3",
        WORKER_TIMEOUT_MS: "2500",
        WORKER_HEAP_MB: "128",
      }),
    ).toEqual({ threads: 1, queue: 3, timeoutMs: 2500, heapMb: 128 });
    const d = poolLimits({ WORKER_THREADS: "" });
    expect(d.threads).toBeGreaterThanOrEqual(1);
    expect(d.threads).toBeLessThanOrEqual(2);
    expect(d).toMatchObject({ queue: 8, timeoutMs: 30_000, heapMb: 512 });
  });

  it("refuses a bad value by the variable's name rather than falling back silently", () => {
    expect(() => poolLimits({ WORKER_THREADS: "two" })).toThrow(/^WORKER_THREADS: /);
    expect(() => poolLimits({ WORKER_HEAP_MB: "8" })).toThrow(/^WORKER_HEAP_MB: /);
    expect(() => poolLimits({ WORKER_TIMEOUT_MS: "1.5" })).toThrow(/^WORKER_TIMEOUT_MS: /);
  });
});
