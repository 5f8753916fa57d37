import { afterEach, describe, expect, it, vi } from "vitest";
import { admissionSettings, createGate, heavyLane, laneOf } from "./admission";
import { liveLoadSignals, QUIET_SIGNALS, type LoadSignals } from "./load-signals";

afterEach(() => vi.useRealTimers());

describe("admissionSettings", () => {
  it("sizes in-flight on the cores (two each), never above the database pool, at least 2", () => {
    const defaults = { queue: 64, queueWaitMs: 1000, maxLagMs: 0 };
    expect(admissionSettings({}, 2)).toEqual({ maxInflight: 4, ...defaults });
    expect(admissionSettings({ DATABASE_POOL_SIZE: "20" }, 2)).toEqual({ maxInflight: 4, ...defaults });
    expect(admissionSettings({}, 16)).toEqual({ maxInflight: 10, ...defaults });
    expect(admissionSettings({ DATABASE_POOL_SIZE: "50" }, 32)).toEqual({
      ...defaults,
      maxInflight: 50,
      queue: 100,
    });
    // The embedded database's pool of 1 still lets a second request in (static work, a page's render).
    expect(admissionSettings({ DATABASE_POOL_SIZE: "1" }, 2).maxInflight).toBe(2);
    expect(
      admissionSettings(
        {
          ADMISSION_MAX_INFLIGHT: "3",
          ADMISSION_QUEUE: "0",
          ADMISSION_QUEUE_WAIT_MS: "",
          DATABASE_POOL_SIZE: "",
          ADMISSION_MAX_LAG_MS: "0",
        },
        2,
      ),
    ).toEqual({ maxInflight: 3, queue: 0, queueWaitMs: 1000, maxLagMs: 0 });
  });

  it.each([
    [{ ADMISSION_MAX_INFLIGHT: "0" }, "ADMISSION_MAX_INFLIGHT"],
    [{ ADMISSION_QUEUE: "-1" }, "ADMISSION_QUEUE"],
    [{ ADMISSION_QUEUE_WAIT_MS: "soon" }, "ADMISSION_QUEUE_WAIT_MS"],
    [{ DATABASE_POOL_SIZE: "1.5" }, "DATABASE_POOL_SIZE"],
    [{ ADMISSION_MAX_LAG_MS: "-5" }, "ADMISSION_MAX_LAG_MS"],
  ])("refuses %o by name", (env, name) => {
    expect(() => admissionSettings(env)).toThrow(new RegExp(`^${name}:`));
  });
});

describe("createGate", () => {
  it("runs up to the limit, queues first come first served, refuses beyond the queue at once", async () => {
    const gate = createGate({ maxInflight: 2, queue: 2, queueWaitMs: 1000, maxLagMs: 0 });
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
    const gate = createGate({ maxInflight: 1, queue: 5, queueWaitMs: 200, maxLagMs: 0 });
    await gate.enter();
    const waiting = gate.enter();
    vi.advanceTimersByTime(201);
    expect(await waiting).toEqual({ outcome: "busy", reason: "waited_too_long" });
    expect(gate.queued).toBe(0);
  });

  it("drops a waiting request whose client left, and never runs it", async () => {
    const gate = createGate({ maxInflight: 1, queue: 5, queueWaitMs: 1000, maxLagMs: 0 });
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

  it("decides at once what needs no wait: a free slot, or a refusal once the queue is full", async () => {
    const gate = createGate({ maxInflight: 1, queue: 1, queueWaitMs: 1000, maxLagMs: 0 });
    const first = gate.tryEnter();
    if (first?.outcome !== "run") throw new Error(`expected a slot, got ${JSON.stringify(first)}`);
    expect(gate.tryEnter()).toBeNull(); // the one slot is taken, the queue has room: it would wait
    const queued = gate.enter();
    expect(gate.tryEnter()).toEqual({ outcome: "busy", reason: "queue_full" });
    first.release();
    // The slot went to the request that queued for it, not to a newcomer.
    expect(gate.tryEnter()).toBeNull();
    const second = await queued;
    if (second.outcome !== "run")
      throw new Error(`expected the queued request to run, got ${second.outcome}`);
    expect(gate.inflight).toBe(1);
    second.release();
    first.release(); // a second release of the same slot frees nothing
    expect(gate.inflight).toBe(0);
    expect(gate.tryEnter()?.outcome).toBe("run");
  });
});

describe("createGate with load signals", () => {
  const signals = (lag: number): LoadSignals => ({ ...QUIET_SIGNALS, lagMs: () => lag });

  it("while the loop lags, refuses at once what would wait, and still runs into a free slot", async () => {
    const gate = createGate({ maxInflight: 2, queue: 10, queueWaitMs: 1000, maxLagMs: 30 }, signals(45));
    expect((await gate.enter()).outcome).toBe("run");
    expect((await gate.enter()).outcome).toBe("run");
    expect(await gate.enter()).toEqual({ outcome: "busy", reason: "lagging" });
    expect(gate.queued).toBe(0);
    // A person's page load waits its turn instead.
    void gate.enter(undefined, true);
    expect(gate.queued).toBe(1);
  });

  it("queues as usual when the loop keeps time, and never judges lag when the limit is 0", async () => {
    for (const [lag, maxLagMs] of [
      [10, 30],
      [500, 0],
    ]) {
      const gate = createGate({ maxInflight: 1, queue: 10, queueWaitMs: 1000, maxLagMs }, signals(lag));
      await gate.enter();
      void gate.enter();
      expect(gate.queued).toBe(1);
    }
  });
});

describe("liveLoadSignals", () => {
  it("sees a blocked event loop, during the block and after it", async () => {
    const s = liveLoadSignals();
    try {
      await new Promise((r) => setTimeout(r, 120));
      const t = performance.now();
      while (performance.now() - t < 120); // the loop is blocked
      expect(s.lagMs()).toBeGreaterThanOrEqual(90); // read in the block: a stall in progress
      await new Promise((r) => setTimeout(r, 20));
      expect(s.lagMs()).toBeGreaterThanOrEqual(90); // and just after it
    } finally {
      s.stop();
    }
  });
});

describe("heavyLane", () => {
  const app = { maxInflight: 4, queue: 64, queueWaitMs: 1000, maxLagMs: 0 };
  it("is as wide as the worker pool, within the database connections the app lane leaves", () => {
    expect(heavyLane({ threads: 2, queue: 8 }, app, {})).toMatchObject({ maxInflight: 6, queue: 8 });
    expect(heavyLane({ threads: 2, queue: 1 }, app, { DATABASE_POOL_SIZE: "20" })).toMatchObject({
      maxInflight: 3,
    });
    expect(
      heavyLane({ threads: 2, queue: 8 }, { ...app, maxInflight: 2 }, { DATABASE_POOL_SIZE: "1" }),
    ).toMatchObject({
      maxInflight: 1,
    });
  });

  it("admits that many, queues a few, and refuses the next at once", async () => {
    const gate = createGate(heavyLane({ threads: 2, queue: 1 }, app, {}));
    for (let i = 0; i < 3; i++) expect((await gate.enter()).outcome).toBe("run");
    void gate.enter();
    expect(gate.queued).toBe(1);
    expect(await gate.enter()).toEqual({ outcome: "busy", reason: "queue_full" });
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
    ["/w/acme/compare/report.pdf", "heavy"],
    ["/s/tok123/report.pdf", "heavy"],
    ["/api/v1/comparisons/export", "heavy"],
    ["/api/v1/catalogues/import", "heavy"],
    ["/w/acme/backup", "heavy"],
    ["/restore", "heavy"],
    ["/w/acme/exports", "app"],
    ["/w/acme/restore", "app"],
  ])("%s → %s", (path, lane) => {
    expect(laneOf(path)).toBe(lane);
  });
});
