import { evaluate, type ConsensusByCriterion, type EvaluationResult } from "./evaluate";
import type { WeightProfile } from "./profiles";
import type { CatalogueShape, ConsensusValue } from "./types";

/** One vendor (one evaluation) as a comparison ranks it. */
export interface VendorInput {
  /** Evaluation id. */
  id: string;
  /** Display name; breaks ties in overall score so the order never depends on input order. */
  name: string;
  /** Sections with this evaluation's inScope flags. */
  shape: CatalogueShape;
  /** criterionKey → consensus value (may end in .5; "na"; null = unscored). */
  consensus: Readonly<Record<string, ConsensusValue>>;
}

export interface RankedVendor {
  id: string;
  name: string;
  /** 1-based position in the order. */
  rank: number;
  overall: number | null;
  disqualified: boolean;
  result: EvaluationResult;
}

/** What the order looks at; sensitivity() compares what-if standings with it too. */
export interface RankKey {
  id: string;
  name: string;
  overall: number | null;
  disqualified: boolean;
}

// Code-unit order, not localeCompare: the server and the browser must agree on the order, and
// their locales (and ICU data) can differ.
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Overall scores are compared in steps of 1e-9 points. Weighted sums carry float noise
 * (100 × 0.17 / 0.17 = 99.99999999999999), and scores that are mathematically equal must tie
 * so the name decides, not the last bit. Rounding, unlike an epsilon, keeps the order
 * transitive, and it is monotone, which sensitivity() relies on.
 */
function scoreStep(overall: number): number {
  return Math.round(overall * 1e9);
}

/**
 * The ranking order: vendors that cleared every knock-out first, then disqualified ones; within
 * each, overall descending with "no overall score" last; ties by name, then id. Negative when
 * `a` goes first.
 */
export function compareRank(a: RankKey, b: RankKey): number {
  if (a.disqualified !== b.disqualified) return a.disqualified ? 1 : -1;
  if (a.overall === null || b.overall === null) {
    if (a.overall !== b.overall) return a.overall === null ? 1 : -1;
  } else if (scoreStep(a.overall) !== scoreStep(b.overall)) {
    return scoreStep(b.overall) - scoreStep(a.overall);
  }
  return compareText(a.name, b.name) || compareText(a.id, b.id);
}

/** The { key: { value } } form evaluate() takes. fromEntries keeps a "__proto__" key an own property. */
export function consensusInput(consensus: VendorInput["consensus"]): ConsensusByCriterion {
  return Object.fromEntries(Object.entries(consensus).map(([key, value]) => [key, { value }]));
}

/** A vendor with its consensus in evaluate()'s form, converted once for several rankings. */
export interface Prepared {
  vendor: VendorInput;
  input: ConsensusByCriterion;
}

export interface Ranked {
  vendor: VendorInput;
  result: EvaluationResult;
}

export function prepare(vendors: readonly VendorInput[]): Prepared[] {
  return vendors.map((vendor) => ({ vendor, input: consensusInput(vendor.consensus) }));
}

/** The order with each vendor's input kept alongside, for callers that explore what-ifs. */
export function rankPrepared(prepared: readonly Prepared[], profile: WeightProfile): Ranked[] {
  const key = ({ vendor, result }: Ranked): RankKey => ({
    id: vendor.id,
    name: vendor.name,
    overall: result.overall,
    disqualified: result.disqualified,
  });
  // Array.prototype.sort is stable, so two entries equal on every key (a duplicated vendor)
  // keep their input order.
  return prepared
    .map(({ vendor, input }) => ({ vendor, result: evaluate(vendor.shape, input, profile) }))
    .sort((a, b) => compareRank(key(a), key(b)));
}

/** Ranks vendors under a weight profile; see compareRank() for the order. */
export function rankVendors(vendors: readonly VendorInput[], profile: WeightProfile): RankedVendor[] {
  return rankPrepared(prepare(vendors), profile).map(({ vendor, result }, i) => ({
    id: vendor.id,
    name: vendor.name,
    rank: i + 1,
    overall: result.overall,
    disqualified: result.disqualified,
    result,
  }));
}
