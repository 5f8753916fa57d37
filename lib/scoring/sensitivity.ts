import { PRESET_PROFILES, type WeightProfile } from "./profiles";
import { prepare, rankPrepared, type Ranked, type VendorInput } from "./ranking";
import { findScoreSwap, type Contender, type ScoreSwap } from "./score-swap";
import { findWeightSwap, type WeightSwap } from "./weight-swap";
import { whatIf } from "./what-if";

export type { ScoreSwap } from "./score-swap";
export type { WeightSwap } from "./weight-swap";

/** The vendors' order (ids) under one preset profile. */
export interface PresetRanking {
  profileId: string;
  profileName: string;
  order: string[];
}

/** "What would change the ranking?" for the top two vendors under a profile. */
export interface Sensitivity {
  leaderId: string;
  runnerUpId: string;
  /** leader.overall − runnerUp.overall (to 1e-9); null when either has no overall score. */
  margin: number | null;
  /** The smallest single consensus change that puts the runner-up ahead of the leader. */
  scoreSwap: ScoreSwap | null;
  /** The smallest change of one section weight (for every vendor) that does the same. */
  weightSwap: WeightSwap | null;
  presets: PresetRanking[];
  /** The full order of vendor ids is the same under every preset (true for no presets). */
  sameUnderAllPresets: boolean;
}

function contender({ vendor, result }: Ranked, profile: WeightProfile): Contender {
  return { id: vendor.id, name: vendor.name, model: whatIf(vendor, profile, result) };
}

/**
 * How firm the lead is. "Ahead" always means ahead in rankVendors() order, so knock-outs count:
 * lowering the leader's value below a knock-out threshold disqualifies it and is a swap. Null
 * with fewer than two vendors.
 *
 * Runs in the browser on every profile switch (up to 20 vendors × 1,000 criteria: ~50 ms in
 * Node, nearly all of it the five rankings). With V vendors, n criteria per evaluation,
 * S sections, K knock-outs, P presets and scale max M, the cost is
 * - ranking: (P + 1) × V evaluate() calls, O((P + 1) × V × n), the bulk of the time;
 * - scoreSwap: only leader and runner-up change, and the order compares pairwise, so the
 *   others are never re-evaluated; O(n × log M) estimates of O(S + K) each (plus an exact
 *   O(L + S + K) what-if for the rare near-tie, L the largest section);
 * - weightSwap: O(S²).
 */
export function sensitivity(
  vendors: readonly VendorInput[],
  profile: WeightProfile,
  presets: readonly WeightProfile[] = PRESET_PROFILES,
): Sensitivity | null {
  if (vendors.length < 2) return null;
  const prepared = prepare(vendors);
  const [first, second] = rankPrepared(prepared, profile);
  const leader = contender(first, profile);
  const runnerUp = contender(second, profile);
  // Rounded like the order compares (see compareRank), so float noise shows as 0, not -1e-14
  // (and + 0 turns -0 into 0).
  const margin =
    first.result.overall === null || second.result.overall === null
      ? null
      : Math.round((first.result.overall - second.result.overall) * 1e9) / 1e9 + 0;

  const rankings = presets.map((p) => ({
    profileId: p.id,
    profileName: p.name,
    order: rankPrepared(prepared, p).map((r) => r.vendor.id),
  }));
  const [reference] = rankings;
  const sameUnderAllPresets = rankings.every((r) => r.order.every((id, i) => id === reference.order[i]));

  return {
    leaderId: leader.id,
    runnerUpId: runnerUp.id,
    margin,
    scoreSwap: findScoreSwap(leader, runnerUp),
    weightSwap: findWeightSwap(leader, runnerUp, profile),
    presets: rankings,
    sameUnderAllPresets,
  };
}
