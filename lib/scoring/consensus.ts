import { assertReviewerScore, assertScaleMax, assertScaleValue } from "./input-checks";
import {
  DEFAULT_SCALE_MAX,
  DISAGREEMENT_SPREAD,
  type AgreedValue,
  type ConsensusResult,
  type ReviewerScore,
  type ScoreValue,
} from "./types";

export interface ConsensusOptions {
  /** Top of the catalogue's scale; DEFAULT_SCALE_MAX when omitted. */
  max?: number;
}

/** Median; with an even count the mean of the middle two (2 and 3 give 2.5). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function toReviewerScore(score: ScoreValue | ReviewerScore): ReviewerScore {
  return score !== null && typeof score === "object" ? score : { value: score };
}

/**
 * Consensus of one criterion from the scores of the reviewers who submitted its section
 * (callers leave out unsubmitted, still-blind scores).
 *
 * - A reviewer who left the criterion unscored (null) casts no vote.
 * - N/A wins only when more than half of the voting reviewers chose it ("most reviewers");
 *   a tie is not a majority. Otherwise N/A votes are ignored and the numeric median counts.
 * - An agreed value wins, but spread and disagreement still describe the reviewers, so
 *   dissent stays visible.
 */
export function consensus(
  scores: ReadonlyArray<ScoreValue | ReviewerScore>,
  agreed?: AgreedValue | null,
  options: ConsensusOptions = {},
): ConsensusResult {
  const max = options.max ?? DEFAULT_SCALE_MAX;
  assertScaleMax(max);

  const votes = scores.map(toReviewerScore).filter((s) => s.value !== null);
  const numeric: number[] = [];
  let naVotes = 0;
  let allClaimsOnly = true;
  for (const vote of votes) {
    if (vote.value === "na") {
      naVotes += 1;
    } else if (typeof vote.value === "number") {
      assertReviewerScore(vote.value, max);
      numeric.push(vote.value);
      if (!vote.lowConfidence) allClaimsOnly = false;
    }
  }

  const spread = numeric.length === 0 ? null : Math.max(...numeric) - Math.min(...numeric);
  const reviewers = {
    spread,
    disagreement: spread !== null && spread >= DISAGREEMENT_SPREAD,
    lowConfidence: numeric.length > 0 && allClaimsOnly,
  };

  if (agreed !== undefined && agreed !== null) {
    if (agreed !== "na") assertScaleValue(agreed, max, "agreed value");
    return { value: agreed, source: "agreed", ...reviewers };
  }
  const naMajority = naVotes * 2 > votes.length;
  return { value: naMajority ? "na" : median(numeric), source: "median", ...reviewers };
}
