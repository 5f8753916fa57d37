import { assertScaleMax, assertScaleValue, assertWeight, ownValue } from "./input-checks";
import { criterionWeight, sectionWeight, type Knockout, type WeightProfile } from "./profiles";
import { overallScore, sectionScore, type SectionScore } from "./section-score";
import { DEFAULT_SCALE_MAX, type CatalogueShape, type ConsensusValue, type HasConsensusValue } from "./types";

export interface SectionResult extends SectionScore {
  key: string;
  /** The profile's weight for the section. */
  weight: number;
}

export interface KnockoutResult extends Knockout {
  /** The criterion's consensus; null when unscored or its section is out of scope. */
  value: ConsensusValue;
  /** "unknown" when the consensus is N/A or missing: not a failure, but not cleared either. */
  status: "pass" | "fail" | "unknown";
}

export interface EvaluationResult {
  /** Weighted mean of the section scores, 0..100; null when nothing is scored. */
  overall: number | null;
  /** scored / applicable over the sections that count (in scope, weight > 0); 0..1. */
  coverage: number;
  scored: number;
  applicable: number;
  /** In-scope sections, in catalogue order; out-of-scope sections are left out. */
  sections: SectionResult[];
  knockouts: KnockoutResult[];
  /** At least one knock-out failed. */
  disqualified: boolean;
}

export type ConsensusByCriterion = Readonly<Record<string, HasConsensusValue | undefined>>;

function knockoutStatus(value: ConsensusValue, threshold: number): KnockoutResult["status"] {
  if (typeof value !== "number") return "unknown";
  return value < threshold ? "fail" : "pass";
}

/**
 * Scores one evaluation under one weight profile: per-section scores and coverage, the
 * overall score and coverage, and the profile's knock-outs.
 */
export function evaluate(
  catalogue: CatalogueShape,
  consensusByCriterion: ConsensusByCriterion,
  profile: WeightProfile,
): EvaluationResult {
  const max = catalogue.max ?? DEFAULT_SCALE_MAX;
  assertScaleMax(max);
  const inScope = catalogue.sections.filter((s) => s.inScope !== false);
  const valueOf = (key: string): ConsensusValue => ownValue(consensusByCriterion, key)?.value ?? null;

  const sections: SectionResult[] = inScope.map((section) => {
    const weight = sectionWeight(profile, section.key);
    assertWeight(weight, `section weight of ${section.key}`);
    const criteria = section.criterionKeys.map((key) => ({
      value: valueOf(key),
      weight: criterionWeight(profile, key),
    }));
    return { key: section.key, weight, ...sectionScore(criteria, max) };
  });

  // Coverage follows what the overall score is built from, so a section the profile
  // weighs 0 (e.g. EDGE for a cloud-only platform) does not show up as a gap.
  const counted = sections.filter((s) => s.weight > 0);
  const scored = counted.reduce((sum, s) => sum + s.scored, 0);
  const applicable = counted.reduce((sum, s) => sum + s.applicable, 0);

  const scopedKeys = new Set(inScope.flatMap((s) => s.criterionKeys));
  const knockouts: KnockoutResult[] = profile.knockouts.map(({ criterionKey, threshold }) => {
    assertScaleValue(threshold, max, `knock-out threshold of ${criterionKey}`);
    const value = scopedKeys.has(criterionKey) ? valueOf(criterionKey) : null;
    return { criterionKey, threshold, value, status: knockoutStatus(value, threshold) };
  });

  return {
    overall: overallScore(sections),
    coverage: applicable === 0 ? 1 : scored / applicable,
    scored,
    applicable,
    sections,
    knockouts,
    disqualified: knockouts.some((k) => k.status === "fail"),
  };
}
