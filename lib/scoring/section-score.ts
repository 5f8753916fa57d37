import { assertScaleMax, assertScaleValue, assertWeight } from "./input-checks";
import { DEFAULT_SCALE_MAX, type ConsensusValue } from "./types";

// Rounding in the sums can land a hair outside 0..100 (e.g. 100.00000000000001 on a 0..3
// scale); clamping keeps the documented range without changing any real result.
function clampPercent(percent: number): number {
  return Math.min(100, Math.max(0, percent));
}

/** One criterion as the section formula sees it: its consensus value and its weight. */
export interface WeightedCriterion {
  value: ConsensusValue;
  /** Criterion weight ≥ 0; 1 when omitted. */
  weight?: number;
}

export interface SectionScore {
  /** 0..100, or null when no counted criterion is scored. */
  score: number | null;
  /** scored / applicable, 0..1; 1 when nothing is applicable (there is no gap to show). */
  coverage: number;
  /** Applicable criteria with a numeric consensus. */
  scored: number;
  /** Criteria that are not N/A and carry a weight > 0. */
  applicable: number;
}

/**
 * Section score = Σ(weight × consensus) / Σ(weight × max) × 100 over applicable, scored
 * criteria. Unscored criteria are gaps reported through coverage, never zeros; N/A criteria
 * leave both numerator and denominator. A zero-weighted criterion cannot move the score, so
 * it counts neither as a gap nor as coverage.
 */
export function sectionScore(
  criteria: readonly WeightedCriterion[],
  max: number = DEFAULT_SCALE_MAX,
): SectionScore {
  assertScaleMax(max);
  let weightedSum = 0;
  let weightTotal = 0;
  let scored = 0;
  let applicable = 0;
  for (const { value, weight = 1 } of criteria) {
    assertWeight(weight, "criterion weight");
    if (typeof value === "number") assertScaleValue(value, max, "consensus value");
    if (value === "na" || weight === 0) continue;
    applicable += 1;
    if (value === null) continue;
    scored += 1;
    weightedSum += weight * value;
    weightTotal += weight;
  }
  return {
    score: scored === 0 ? null : clampPercent((weightedSum / (weightTotal * max)) * 100),
    coverage: applicable === 0 ? 1 : scored / applicable,
    scored,
    applicable,
  };
}

/** One section as the overall formula sees it. */
export interface WeightedSection {
  score: number | null;
  /** Section weight ≥ 0; 1 when omitted. */
  weight?: number;
}

/**
 * Overall = weighted mean of the section scores. Sections without a score (nothing scored,
 * or everything N/A) and sections weighted 0 are left out; null when none remain.
 */
export function overallScore(sections: readonly WeightedSection[]): number | null {
  let weightedSum = 0;
  let weightTotal = 0;
  for (const { score, weight = 1 } of sections) {
    assertWeight(weight, "section weight");
    if (score !== null) assertScaleValue(score, 100, "section score");
    if (score === null || weight === 0) continue;
    weightedSum += weight * score;
    weightTotal += weight;
  }
  return weightTotal === 0 ? null : clampPercent(weightedSum / weightTotal);
}
