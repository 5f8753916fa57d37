/**
 * Where `npm start` spends its time, phase by phase, so cold-start work is aimed at the
 * largest part rather than guessed. Printed only with SCORECARD_START_PROFILE=1 (the
 * cold-start bench sets it and reads the lines back: `start phase <name> <ms>`).
 */
import { performance } from "node:perf_hooks";

export const PHASE_PREFIX = "start phase ";

export function startPhases(enabled = process.env.SCORECARD_START_PROFILE === "1") {
  // From this process's own start, so tsx's loading shows up as the first phase.
  let last = 0;
  return (name: string) => {
    const now = performance.now();
    if (enabled) console.log(`${PHASE_PREFIX}${name} ${Math.round(now - last)}`);
    last = now;
  };
}

/** The phases printed by a profiled start, summed per name. */
export function parsePhases(output: string): Record<string, number> {
  const phases: Record<string, number> = {};
  for (const line of output.split("\n")) {
    if (!line.startsWith(PHASE_PREFIX)) continue;
    const [name, ms] = line.slice(PHASE_PREFIX.length).trim().split(" ");
    phases[name] = (phases[name] ?? 0) + Number(ms);
  }
  return phases;
}
