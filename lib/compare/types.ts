import type { ConsensusValue, ScoreValue, WeightProfile } from "../scoring";

/**
 * The data a comparison view needs, in one serialisable object: the compare page gets it from
 * the server, a share link stores it frozen as its snapshot. The browser recomputes scores
 * from it with lib/scoring, so switching the weight profile needs no request.
 */
export interface ComparisonData {
  generatedAt: string;
  catalogue: {
    slug: string;
    version: string;
    title: string;
    max: number;
    levels: Array<{ value: number; label: string }>;
  };
  sections: Array<{ key: string; title: string; criteria: Array<{ key: string; title: string }> }>;
  vendors: ComparisonVendor[];
  /** Presets first, then the workspace's own profiles (a snapshot keeps the one it was made with). */
  profiles: WeightProfile[];
  hideReviewers: boolean;
  /** Cells carry no reviews: the compare page fetches one cell's when it is opened. */
  reviewsOnDemand?: boolean;
}

export interface ComparisonVendor {
  evaluationId: string;
  framework: { name: string; vendor: string; productVersion: string };
  status: "draft" | "in_review" | "final";
  /** Hidden: the viewer is blind to the section (has not submitted it), so no consensus is shown. */
  sections: Array<{ key: string; inScope: boolean; hidden: boolean; submittedBy: number }>;
  cells: Record<string, ComparisonCell>;
}

export interface ComparisonCell {
  value: ConsensusValue;
  source: "median" | "agreed";
  spread: number | null;
  disagreement: boolean;
  lowConfidence: boolean;
  carriedOver: boolean;
  agreedReason: string | null;
  reviews: Array<{
    reviewer: string;
    value: ScoreValue;
    rationale: string;
    evidence: Array<{ url: string; grade: string }>;
  }>;
}
