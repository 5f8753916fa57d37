import { parentPort } from "node:worker_threads";
import { settle, type Outcome } from "./outcome";

/** What the pool posts for each job: its id (to report the start) and the task's input. */
export interface Job<I> {
  id: string;
  input: I;
}

/** The message a worker posts when it picks a job up: the pool's run-time limit starts then. */
export interface JobStarted {
  jobStarted: string;
}

export const isJobStarted = (m: unknown): m is JobStarted =>
  typeof m === "object" && m !== null && typeof (m as JobStarted).jobStarted === "string";

/**
 * A task as the worker exports it: reports its start to the pool, then runs with its
 * expected errors turned into data (see outcome.ts).
 */
export function handler<I, O>(task: (input: I) => O | Promise<O>) {
  return (job: Job<I>): Promise<Outcome<Awaited<O>>> => {
    parentPort?.postMessage({ jobStarted: job.id } satisfies JobStarted);
    return settle(() => task(job.input)) as Promise<Outcome<Awaited<O>>>;
  };
}
