import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";
import { envInt, parseEnvSettings } from "../schemas/env-settings";

/** Where scripts/build-worker.ts writes the worker bundle (git-ignored), relative to the app's root. */
export const WORKER_BUNDLE = path.join(".workers", "heavy-worker.cjs");

export interface PoolLimits {
  /** Worker threads at most (each runs one job at a time). */
  threads: number;
  /** Jobs waiting for a thread at most; one more is refused at once as `busy`. */
  queue: number;
  /** How long a job may wait for a thread, and then how long it may run. */
  timeoutMs: number;
  /** Old-generation heap of each worker, in MB: a job that needs more costs its worker only. */
  heapMb: number;
}

const envSchema = z.object({
  WORKER_THREADS: envInt(1, 64),
  WORKER_QUEUE: envInt(0, 10_000),
  WORKER_TIMEOUT_MS: envInt(100, 600_000),
  WORKER_HEAP_MB: envInt(32, 16_384),
});

/**
 * The pool's limits from the environment. Defaults fit the 2-core, few-GB machine the app is
 * sized for: two threads (niced, so requests still get the CPU first), eight waiting jobs,
 * 30 s to wait and 30 s to run, 512 MB of heap per worker. A bad value is an error naming
 * the variable (`npm start` checks them before it serves), never a silent default.
 */
export function poolLimits(env: Record<string, string | undefined> = process.env): PoolLimits {
  const e = parseEnvSettings(envSchema, env);
  return {
    threads: e.WORKER_THREADS ?? Math.max(1, Math.min(2, availableParallelism())),
    queue: e.WORKER_QUEUE ?? 8,
    timeoutMs: e.WORKER_TIMEOUT_MS ?? 30_000,
    heapMb: e.WORKER_HEAP_MB ?? 512,
  };
}
