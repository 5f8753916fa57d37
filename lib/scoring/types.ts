/** Top of the default catalogue scale (0 Absent … 4 Secure by default). */
export const DEFAULT_SCALE_MAX = 4;

/** Disagreement is flagged from this spread on (product.md: "spread ≥ 2"). */
export const DISAGREEMENT_SPREAD = 2;

/**
 * One reviewer's score for one criterion: an integer 0..max, "na" (not applicable) or
 * null (not scored yet).
 */
export type ScoreValue = number | "na" | null;

/** A reviewer's score with the evidence flag that consensus needs. */
export interface ReviewerScore {
  value: ScoreValue;
  /** The score rests on a vendor claim only (evidence grade "vendor claim"). */
  lowConfidence?: boolean;
}

/** An owner's or admin's recorded agreed value; it overrides the median. */
export type AgreedValue = number | "na";

/** A consensus value: numeric (may be x.5 from an even median), "na", or null (unscored). */
export type ConsensusValue = number | "na" | null;

export interface ConsensusResult {
  value: ConsensusValue;
  source: "median" | "agreed";
  /** max − min of the reviewers' numeric scores; null when no one gave a number. */
  spread: number | null;
  /** spread ≥ 2 — stays visible when an agreed value overrides the median. */
  disagreement: boolean;
  /** Every numeric score behind the consensus rests on a vendor claim only. */
  lowConfidence?: boolean;
}

/** The catalogue's structure as evaluate() needs it: sections and their criterion keys. */
export interface CatalogueShape {
  /** Top of the catalogue's scale; DEFAULT_SCALE_MAX when omitted. */
  max?: number;
  sections: ReadonlyArray<{
    key: string;
    criterionKeys: readonly string[];
    /** false when the evaluation leaves the section out of scope; default true. */
    inScope?: boolean;
  }>;
}

/** Anything carrying a consensus value, e.g. a ConsensusResult. */
export interface HasConsensusValue {
  value: ConsensusValue;
}
