import { sectionWeight, type WeightProfile } from "./profiles";
import { roundDistance, runnerUpAhead, type Contender } from "./score-swap";
import type { WeightLine } from "./what-if";

/** One profile-level section weight (applies to every vendor) that swaps leader and runner-up. */
export interface WeightSwap {
  sectionKey: string;
  from: number;
  /** A weight in 0..100 with at most 2 decimals; the swap holds at exactly this value. */
  to: number;
}

/** Weights are searched on 0..MAX_WEIGHT in steps of 1/STEPS_PER_UNIT. */
const MAX_WEIGHT = 100;
const STEPS_PER_UNIT = 100;

/**
 * Where the runner-up's and the leader's overall cross as one section weight w varies. Each
 * overall is (p + q·w) / (r + s·w) with a positive denominator, so the sign of their
 * difference is the sign of the quadratic
 *   (pB + qB·w)(rA + sA·w) − (pA + qA·w)(rB + sB·w),
 * and "who is ahead" can only change at its roots. The vertex is included for a double root
 * that float noise turns into a slightly negative discriminant.
 */
export function crossings(a: WeightLine, b: WeightLine): number[] {
  const a2 = b.q * a.s - a.q * b.s;
  const a1 = b.p * a.s + b.q * a.r - a.p * b.s - a.q * b.r;
  const a0 = b.p * a.r - a.p * b.r;
  if (a2 === 0) return a1 === 0 ? [] : [-a0 / a1];
  const vertex = -a1 / (2 * a2);
  const disc = a1 * a1 - 4 * a2 * a0;
  if (disc < 0) return [vertex];
  // The cancellation-free form of the quadratic formula.
  const q = -0.5 * (a1 + (a1 < 0 ? -1 : 1) * Math.sqrt(disc));
  return q === 0 ? [vertex] : [vertex, q / a2, a0 / q];
}

/**
 * The weight nearest `from` on the 0.01 grid of 0..100 at which the runner-up is ahead, or
 * null. Between two crossings "ahead" cannot change, so the nearest such grid point lies
 * within a step or two of a crossing, of 0 (where a section weighted 0 leaves the overall,
 * possibly making it null), of 100 or of `from`. Only those few candidates are tried, each
 * with the exact what-if (bit-identical to evaluate()), so float error in the roots can
 * only cost a candidate, never report a swap that does not hold. Ties go to the lower weight.
 */
function nearestSwapWeight(
  leader: Contender,
  runnerUp: Contender,
  sectionKey: string,
  from: number,
): number | null {
  const holds = (w: number) =>
    runnerUpAhead(
      leader,
      leader.model.withSectionWeight(sectionKey, w),
      runnerUp,
      runnerUp.model.withSectionWeight(sectionKey, w),
    );
  const breakpoints = [
    0,
    from,
    MAX_WEIGHT,
    ...crossings(leader.model.weightLine(sectionKey), runnerUp.model.weightLine(sectionKey)),
  ];
  const steps = new Set<number>();
  for (const b of breakpoints) {
    if (!Number.isFinite(b)) continue;
    const base = Math.floor(Math.min(MAX_WEIGHT + 1, Math.max(-1, b)) * STEPS_PER_UNIT);
    for (let j = -2; j <= 3; j++) {
      const n = base + j;
      if (n >= 0 && n <= MAX_WEIGHT * STEPS_PER_UNIT) steps.add(n);
    }
  }
  let best: number | null = null;
  for (const n of [...steps].sort((x, y) => x - y)) {
    // n / 100 is the double nearest the 2-decimal value, the same as writing it out.
    const w = n / STEPS_PER_UNIT;
    if (best !== null && roundDistance(w - from) >= roundDistance(best - from)) continue;
    if (holds(w)) best = w;
  }
  return best;
}

/**
 * The smallest change of one section's weight in the profile that swaps leader and
 * runner-up, over the in-scope sections of either; ties go to the leader's catalogue order.
 * Cost: O(sections²) — a handful of candidates per section, each an O(sections) overall.
 */
export function findWeightSwap(
  leader: Contender,
  runnerUp: Contender,
  profile: WeightProfile,
): WeightSwap | null {
  let best: WeightSwap | null = null;
  const keys = new Set([...leader.model.sectionKeys, ...runnerUp.model.sectionKeys]);
  for (const sectionKey of keys) {
    const from = sectionWeight(profile, sectionKey);
    const to = nearestSwapWeight(leader, runnerUp, sectionKey, from);
    if (to === null) continue;
    if (best === null || roundDistance(to - from) < roundDistance(best.to - best.from))
      best = { sectionKey, from, to };
  }
  return best;
}
