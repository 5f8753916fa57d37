/**
 * Scoring: the pure formulas of product.md ("Scoring"), shared by services, UI, the
 * methodology page and PDF reports. No I/O, no clock, no app imports — safe on server and
 * browser alike.
 *
 * - consensus(): one criterion's consensus from the submitted reviewers' scores.
 * - sectionScore() / overallScore(): the weighted formulas with coverage.
 * - evaluate(): a whole evaluation under a weight profile, including knock-outs.
 * - rankVendors(): vendors in ranking order under a profile.
 * - sensitivity(): what would swap the top two (one score, one section weight) and the order
 *   under each preset.
 * - krippendorffAlpha() / alphaLabel(): inter-reviewer agreement.
 * - catalogueReadiness(): crosswalk readiness of a target catalogue (CRA, ETSI, NIST IR 8425).
 */
export {
  DEFAULT_SCALE_MAX,
  DISAGREEMENT_SPREAD,
  type AgreedValue,
  type CatalogueShape,
  type ConsensusResult,
  type ConsensusValue,
  type HasConsensusValue,
  type ReviewerScore,
  type ScoreValue,
} from "./types";
export { consensus, median, type ConsensusOptions } from "./consensus";
export {
  overallScore,
  sectionScore,
  type SectionScore,
  type WeightedCriterion,
  type WeightedSection,
} from "./section-score";
export {
  CLOUD_ONLY_PROFILE,
  CONSUMER_DEVICE_PROFILE,
  DEFAULT_WEIGHT,
  EQUAL_WEIGHTS_PROFILE,
  INDUSTRIAL_GATEWAY_PROFILE,
  PRESET_PROFILES,
  criterionWeight,
  presetProfile,
  sectionWeight,
  type Knockout,
  type WeightProfile,
} from "./profiles";
export {
  evaluate,
  type ConsensusByCriterion,
  type EvaluationResult,
  type KnockoutResult,
  type SectionResult,
} from "./evaluate";
export { rankVendors, type RankedVendor, type VendorInput } from "./ranking";
export {
  sensitivity,
  type PresetRanking,
  type ScoreSwap,
  type Sensitivity,
  type WeightSwap,
} from "./sensitivity";
export {
  alphaLabel,
  krippendorffAlpha,
  ordinalAlpha,
  type AlphaLabel,
  type AlphaMetric,
  type ReliabilityData,
} from "./agreement";
export {
  catalogueReadiness,
  coverageCounts,
  requirementReadiness,
  RELATIONSHIPS,
  type CatalogueReadiness,
  type Coverage,
  type MappingLinkShape,
  type Relationship,
  type RequirementReadiness,
} from "./readiness";
