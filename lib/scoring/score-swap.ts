import { compareRank, type RankKey } from "./ranking";
import type { Standing, WhatIf } from "./what-if";

/** One consensus change that puts the runner-up ahead of the leader. */
export interface ScoreSwap {
  vendorId: string;
  criterionKey: string;
  from: number;
  to: number;
  /** |to − from|. */
  delta: number;
}

/** The leader or the runner-up: its identity for the order plus its what-if model. */
export interface Contender {
  id: string;
  name: string;
  model: WhatIf;
}

/**
 * Distances rounded to 1e-9, so mathematically equal ones (0.7 vs 3 − 2.3 =
 * 0.7000000000000002) compare equal and the documented tie-break decides, not float noise.
 */
export function roundDistance(d: number): number {
  return Math.round(Math.abs(d) * 1e9) / 1e9;
}

/**
 * Whether the runner-up goes before the leader. The order is a total order compared pairwise,
 * so the other vendors cannot change it: re-ranking them all would give the same answer.
 */
export function runnerUpAhead(
  leader: Contender,
  lead: Standing,
  runnerUp: Contender,
  run: Standing,
): boolean {
  const key = (c: Contender, s: Standing): RankKey => ({ id: c.id, name: c.name, ...s });
  return compareRank(key(runnerUp, run), key(leader, lead)) < 0;
}

/** Far above the estimate's rounding error (~1e-11 on 0..100) and the order's 1e-9 step. */
const TIE_BAND = 1e-6;

function nearTie(a: Standing, b: Standing): boolean {
  return a.overall !== null && b.overall !== null && Math.abs(a.overall - b.overall) <= TIE_BAND;
}

/**
 * The smallest single consensus change that swaps leader and runner-up: the leader's numeric
 * consensus lowered to an integer, or the runner-up's raised to one. Ties go to the leader's
 * changes, then to catalogue order.
 *
 * Lowering one of the leader's values can only lower its overall and fail more knock-outs
 * (raising the runner-up's, the reverse), and IEEE rounding is monotone, so per criterion
 * "the swap holds" is monotone in the distance: if the farthest useful target fails, all do,
 * otherwise a binary search finds the nearest. Targets no nearer than the best swap found so
 * far are never tried. Cost: O(criteria × log max) estimates of O(sections + knock-outs),
 * plus an exact what-if for the rare estimate within TIE_BAND of a tie.
 */
export function findScoreSwap(leader: Contender, runnerUp: Contender): ScoreSwap | null {
  let best: ScoreSwap | null = null;
  for (const side of [leader, runnerUp]) {
    const lowering = side === leader;
    const max = side.model.max;
    for (const { key, value: from } of side.model.numeric) {
      // Targets nearest first: for 2.5 the leader tries 2, 1, 0 and the runner-up 3, 4.
      const first = lowering ? Math.ceil(from) - 1 : Math.floor(from) + 1;
      const target = (i: number) => (lowering ? first - i : first + i);
      let count = lowering ? first + 1 : max - first + 1;
      while (count > 0 && best !== null && roundDistance(target(count - 1) - from) >= best.delta) count -= 1;
      if (count <= 0) continue;

      const other = lowering ? runnerUp.model.base : leader.model.base;
      const holds = (to: number) => {
        let changed = side.model.estimateConsensus(key, to);
        // The estimate is off by float rounding only; near a tie that could flip the order,
        // so there the exact what-if decides, as a full re-ranking would.
        if (nearTie(changed, other)) changed = side.model.withConsensus(key, to);
        return lowering
          ? runnerUpAhead(leader, changed, runnerUp, other)
          : runnerUpAhead(leader, other, runnerUp, changed);
      };
      if (!holds(target(count - 1))) continue;
      let lo = 0;
      let hi = count - 1; // holds(target(hi)) is known true
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (holds(target(mid))) hi = mid;
        else lo = mid + 1;
      }
      const to = target(lo);
      best = { vendorId: side.id, criterionKey: key, from, to, delta: roundDistance(to - from) };
    }
  }
  return best;
}
