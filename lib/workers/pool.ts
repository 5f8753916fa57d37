import "server-only";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import Piscina from "piscina";
import { AppError } from "../errors/app-error";
import { isJobStarted, type Job } from "./handler";
import { unwrap, type Outcome } from "./outcome";
import { poolLimits, WORKER_BUNDLE, type PoolLimits } from "./settings";
import type * as HeavyTasks from "./tasks";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any task shape; run() types each call exactly
type TaskTable = Record<string, (input: any) => unknown>;
type Input<F> = F extends (input: infer I) => unknown ? I : never;
type Output<F> = F extends (input: never) => infer O ? Awaited<O> : never;

/** Seconds a refused caller is told to wait (Retry-After): a typical job's length, not a promise. */
export const BUSY_RETRY_AFTER_S = 5;

const busy = (why: string) =>
  new AppError("busy", `The server is busy with other heavy work (${why}); try again in a few seconds.`, [], {
    retryAfter: BUSY_RETRY_AFTER_S,
  });

/**
 * A bounded piscina pool. Each job waits at most `timeoutMs` for a thread (then `busy`, 503)
 * and runs at most `timeoutMs` (then its worker is terminated: `too_complex`, 422); a full
 * queue refuses at once (`busy`); a worker that outgrows its heap dies alone (`too_complex`).
 * Threads run niced, so the request threads keep the CPU when both want it.
 */
export class WorkerPool<T extends TaskTable> {
  private readonly piscina: Piscina;
  private readonly onStart = new Map<string, () => void>();
  /** Jobs running or waiting. Counted here: piscina's maxQueue does not count jobs that carry an abort signal. */
  private inFlight = 0;

  constructor(
    filename: string,
    readonly limits: PoolLimits,
    private readonly labels: Partial<Record<keyof T, string>> = {},
  ) {
    this.piscina = new Piscina({
      filename,
      minThreads: 0,
      maxThreads: limits.threads,
      // Idle workers leave after a minute: their heap (fonts, parsed catalogues) goes back.
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
      niceIncrement: 10,
    });
    this.piscina.on("message", (m: unknown) => {
      if (isJobStarted(m)) this.onStart.get(m.jobStarted)?.();
    });
    // A worker that fails with no job on it is replaced by piscina; without a listener the
    // 'error' event would take the whole process down.
    this.piscina.on("error", (err: unknown) =>
      console.error("[worker-pool] worker failed outside a job", err),
    );
  }

  /** Runs the task `name` on `input` in a worker; its AppErrors arrive as AppErrors. */
  async run<K extends keyof T & string>(name: K, input: Input<T[K]>): Promise<Output<T[K]>> {
    if (this.inFlight >= this.limits.threads + this.limits.queue)
      throw busy(`all ${this.limits.threads + this.limits.queue} places are taken`);
    this.inFlight++;
    const id = randomUUID();
    const abort = new AbortController();
    let running = false;
    let timer = setTimeout(() => abort.abort(), this.limits.timeoutMs);
    this.onStart.set(id, () => {
      running = true;
      clearTimeout(timer);
      timer = setTimeout(() => abort.abort(), this.limits.timeoutMs);
    });
    try {
      const outcome: Outcome<Output<T[K]>> = await this.piscina.run(
        { id, input } satisfies Job<Input<T[K]>>,
        { name, signal: abort.signal },
      );
      return unwrap(outcome);
    } catch (err) {
      throw this.explain(err, name, running);
    } finally {
      this.inFlight--;
      clearTimeout(timer);
      this.onStart.delete(id);
    }
  }

  private explain(err: unknown, name: keyof T & string, running: boolean): unknown {
    if (err instanceof AppError) return err;
    const what = this.labels[name] ?? "This job";
    const e = err as { name?: string; code?: string; message?: string };
    if (e?.name === "AbortError") {
      if (!running) return busy(`no worker was free for ${this.limits.timeoutMs / 1000} s`);
      console.warn(`[worker-pool] ${name} ran over ${this.limits.timeoutMs} ms: its worker was terminated`);
      return new AppError(
        "too_complex",
        `${what} took longer than ${this.limits.timeoutMs / 1000} s to process and was stopped. Try a smaller one.`,
      );
    }
    if (e?.code === "ERR_WORKER_OUT_OF_MEMORY") {
      console.warn(
        `[worker-pool] ${name} needed more than ${this.limits.heapMb} MB: its worker was terminated`,
      );
      return new AppError(
        "too_complex",
        `${what} needs more than ${this.limits.heapMb} MB of memory to process and was stopped. Try a smaller one.`,
      );
    }
    return err;
  }

  close() {
    return this.piscina.destroy();
  }
}

const LABELS: Partial<Record<keyof typeof HeavyTasks, string>> = {
  renderPdf: "The PDF report",
  parseCatalogue: "The catalogue file",
  parseMapping: "The mapping file",
  parseBackup: "The backup file",
  buildExport: "The export",
};

// One pool per process, whichever route bundle asks first (Next may load this module more than once).
const KEY = Symbol.for("scorecard.workerPool");
type Holder = { [KEY]?: WorkerPool<typeof HeavyTasks> };

/** The app's pool, made on first use from WORKER_* (lib/workers/settings.ts). */
export function heavyPool(): WorkerPool<typeof HeavyTasks> {
  const g = globalThis as Holder;
  if (!g[KEY]) {
    const file = path.join(process.cwd(), WORKER_BUNDLE);
    // The bundle is built with the app (npm run build, npm start, the test setup); without it
    // every heavy request would fail the same way, so say how to fix it.
    if (!existsSync(file))
      throw new Error(
        `The worker bundle ${file} is missing: run \`npm run build\` (or \`npx tsx scripts/build-worker.ts\`).`,
      );
    g[KEY] = new WorkerPool<typeof HeavyTasks>(file, poolLimits(), LABELS);
  }
  return g[KEY];
}

/** Runs one heavy task in the app's pool. */
export const runHeavy = <K extends keyof typeof HeavyTasks & string>(
  name: K,
  input: Input<(typeof HeavyTasks)[K]>,
) => heavyPool().run(name, input);
