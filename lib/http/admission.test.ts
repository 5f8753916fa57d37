import { afterEach, describe, expect, it, vi } from "vitest";
import { admissionSettings, createGate, laneOf } from "./admission";

afterEach(() => vi.useRealTimers());

describe("admissionSettings", () => {
  it("sizes the defaults on the database pool", () => {
    expect(admissionSettings({})).toEqual({ maxInflight: 10, queue: 64, queueWaitMs: 1000 });
    expect(admissionSettings({ DATABASE_POOL_SIZE: "20" })).toEqual({
      maxInflight: 20,
      queue: 64,
      queueWaitMs: 1000,
    });
    expect(admissionSettings({ DATABASE_POOL_SIZE: "50" })).toEqual({
      maxInflight: 50,
      queue: 100,
      queueWaitMs: 1000,
    });
    // The embedded database's pool of 1 still lets a second request in (static work, a page's render).
    expect(admissionSettings({ DATABASE_POOL_SIZE: "1" }).maxInflight).toBe(2);
    expect(
      admissionSettings({
        ADMISSION_MAX_INFLIGHT: "3",
        ADMISSION_QUEUE: "0",
        ADMISSION_QUEUE_WAIT_MS: "",
        DATABASE_POOL_SIZE: "",
      }),
    ).toEqual({ maxInflight: 3, queue: 0, queueWaitMs: 1000 });
  });

  it.each([
    [{ ADMISSION_MAX_INFLIGHT: "0" }, "ADMISSION_MAX_INFLIGHT"],
    [{ ADMISSION_QUEUE: "-1" }, "ADMISSION_QUEUE"],
    [{ ADMISSION_QUEUE_WAIT_MS: "soon" }, "ADMISSION_QUEUE_WAIT_MS"],
    [{ DATABASE_POOL_SIZE: "1.5" }, "DATABASE_POOL_SIZE"],
  ])("refuses %o by name", (env, name) => {
    expect(() => admissionSettings(env)).toThrow(new RegExp(`^${name}:`));
  });
});

describe("createGate", () => {
  it("runs up to the limit, queues first come first served, refuses beyond the queue at once", async () => {
    const gate = createGate({ maxInflight: 2, queue: 2, queueWaitMs: 1000 });
    const a = await gate.enter();
    const b = await gate.enter();
    expect([a.outcome, b.outcome]).toEqual(["run", "run"]);
    const order: string[] = [];
    const c = gate.enter().then((x) => {
      order.push("c");
      return x;
    });
    const d = gate.enter().then((x) => {
      order.push("d");
      return x;
    });
    expect(await gate.enter()).toEqual({ outcome: "busy", reason: "queue_full" });
    expect([gate.inflight, gate.queued]).toEqual([2, 2]);
    if (a.outcome === "run") {
      a.release();
      a.release();
    } // a second release frees nothing more
    expect((await c).outcome).toBe("run");
    expect([gate.inflight, gate.queued]).toEqual([2, 1]);
    if (b.outcome === "run") b.release();
    expect((await d).outcome).toBe("run");
    expect(order).toEqual(["c", "d"]);
  });

  it("refuses a request that waited longer than the queue wait", async () => {
    vi.useFakeTimers();
    const gate = createGate({ maxInflight: 1, queue: 5, queueWaitMs: 200 });
    await gate.enter();
    const waiting = gate.enter();
    vi.advanceTimersByTime(201);
    expect(await waiting).toEqual({ outcome: "busy", reason: "waited_too_long" });
    expect(gate.queued).toBe(0);
  });

  it("drops a waiting request whose client left, and never runs it", async () => {
    const gate = createGate({ maxInflight: 1, queue: 5, queueWaitMs: 1000 });
    const first = await gate.enter();
    const gone = new AbortController();
    const leaving = gate.enter(gone.signal);
    const next = gate.enter();
    gone.abort();
    expect(await leaving).toEqual({ outcome: "gone" });
    expect(gate.queued).toBe(1);
    if (first.outcome === "run") first.release();
    expect((await next).outcome).toBe("run");
    expect(await gate.enter(AbortSignal.abort())).toEqual({ outcome: "gone" });
  });
});

describe("laneOf", () => {
  it.each([
    ["/_next/static/chunks/app.js", "exempt"],
    ["/favicon.ico", "exempt"],
    ["/api/health", "health"],
    ["/api/v1/evaluations/x/scores/y", "app"],
    ["/w/acme/compare", "app"],
    ["/_next/image", "app"],
    ["/api/healthz", "app"],
  ])("%s → %s", (path, lane) => {
    expect(laneOf(path)).toBe(lane);
  });
});
