import os from "node:os";

/** Median of a numeric list (the bench's one statistic: robust to the odd GC pause). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Runs `fn` `warmup` times unmeasured, then `rounds` rounds of `perRound` calls; returns the
 * median over rounds of each round's median call time, in milliseconds.
 */
export async function measure(fn: () => Promise<unknown>, { warmup = 20, rounds = 7, perRound = 40 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const roundMedians: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const times: number[] = [];
    for (let i = 0; i < perRound; i++) {
      const t = process.hrtime.bigint();
      await fn();
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    roundMedians.push(median(times));
  }
  return { median: median(roundMedians), rounds: roundMedians };
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}
