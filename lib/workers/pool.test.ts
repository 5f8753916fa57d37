import { buildSync } from "esbuild";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { apiRoute } from "../http/api";
import type * as Fixture from "./pool-tasks.fixture";
import { WorkerPool } from "./pool";
import type { PoolLimits } from "./settings";

// The fixture's exports are handlers; the pool is typed by the tasks they wrap.
type Tasks = { [K in keyof typeof Fixture]: (input: Parameters<(typeof Fixture)[K]>[0]["input"]) => unknown };

const bundle = (() => {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), "pool-test-")), "tasks.cjs");
  buildSync({
    entryPoints: [path.join(__dirname, "pool-tasks.fixture.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    packages: "external",
    logLevel: "warning",
  });
  return outfile;
})();

let pool: WorkerPool<Tasks> | undefined;
const make = (limits: Partial<PoolLimits> = {}) =>
  (pool = new WorkerPool<Tasks>(
    bundle,
    { threads: 1, queue: 1, timeoutMs: 10_000, heapMb: 256, ...limits },
    { spin: "The spin", hog: "The hog" },
  ));
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

const failure = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
};

describe("WorkerPool", () => {
  it("refuses a job at once with `busy` (503, Retry-After) when its threads and queue are full, then serves again", async () => {
    const p = make({ threads: 1, queue: 1 });
    const running = p.run("spin", 1500);
    const queued = p.run("spin", 10);
    const t = Date.now();
    const refused = await failure(p.run("echo", "third"));
    expect(Date.now() - t).toBeLessThan(500); // refused at once, not after waiting
    expect(refused).toMatchObject({ code: "busy", status: 503, details: { retryAfter: expect.any(Number) } });
    // Through a route: 503 with Retry-After, code `busy` (not the database's `unavailable`).
    const res = await apiRoute(async () => {
      throw refused;
    })(new Request("http://localhost/x") as never, { params: Promise.resolve({}) });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await res.json()).error.code).toBe("busy");
    await expect(running).resolves.toBe(1500);
    await expect(queued).resolves.toBe(10);
    await expect(p.run("echo", "again")).resolves.toBe("again");
  });

  it("terminates a job that runs over its time limit (422 too_complex) and keeps serving", async () => {
    const p = make({ timeoutMs: 700 });
    const t = Date.now();
    const err = await failure(p.run("spin", 60_000));
    expect(Date.now() - t).toBeLessThan(5_000);
    expect(err).toMatchObject({ code: "too_complex", status: 422 });
    expect(err.message).toMatch(/The spin took longer than 0\.7 s/);
    await expect(p.run("echo", { still: "serving" })).resolves.toEqual({ still: "serving" });
  });

  it("answers `busy` for a job that waited its whole time limit for a thread; a job's run limit starts when it starts", async () => {
    const p = make({ timeoutMs: 1_500, queue: 2 });
    await p.run("echo", "warm"); // the thread exists: no start-up time in the figures below
    const first = p.run("spin", 1_000);
    const second = p.run("spin", 1_000); // waits 1 s, then runs 1 s: 2 s in all, each phase within 1.5 s
    const third = failure(p.run("echo", "late")); // would wait 2 s
    expect(await third).toMatchObject({ code: "busy", status: 503 });
    await expect(first).resolves.toBe(1_000);
    await expect(second).resolves.toBe(1_000);
    await expect(p.run("echo", "next")).resolves.toBe("next");
  });

  it("fails only the job whose worker outgrows its heap limit; the pool and the process go on", async () => {
    const p = make({ heapMb: 48, threads: 2 });
    const neighbour = p.run("spin", 300);
    const err = await failure(p.run("hog", 4));
    expect(err).toMatchObject({ code: "too_complex", status: 422 });
    expect(err.message).toMatch(/The hog needs more than 48 MB of memory/);
    await expect(neighbour).resolves.toBe(300);
    await expect(p.run("echo", 42)).resolves.toBe(42);
  });

  it("hands a task's AppError back as an AppError with its code, issues and details", async () => {
    const err = await failure(make().run("refuse", "name"));
    expect(err).toMatchObject({
      code: "validation_failed",
      status: 400,
      message: "name: refused",
      issues: [{ field: "name", message: "refused" }],
      details: { extra: 1 },
    });
  });
});
