import type { ComparisonCell, ComparisonData, ComparisonVendor } from "../compare/types";
import type { ComparisonCrosswalkFigures, EvaluationCrosswalkFigures } from "../compare/readiness-figures";
import type { comparisonSummary } from "../compare/summary";
import type { ConsensusValue, ScoreValue } from "../scoring";

/**
 * The parts of evaluationSummary() an export shows. Structural rather than imported, so the
 * builders stay pure (no server-only chain) and tests can hand them plain objects.
 */
export interface ExportSummary {
  evaluation: {
    id: string;
    status: string;
    framework: { name: string; vendor: string; productVersion: string };
    catalogue: { slug: string; version: string; title: string };
  };
  profile: { id: string; name: string };
  overall: number | null;
  coverage: number | null;
  alpha: number | null;
  alphaLabel: string;
  disqualified: boolean | null;
  knockouts: Array<{ criterionKey: string; threshold: number; value: ConsensusValue; status: string }>;
  sections: Array<{
    key: string;
    title: string;
    hidden: boolean;
    submittedBy: number;
    alpha: number | null;
    alphaLabel: string;
    disagreements: number | null;
    score: number | null;
    coverage: number | null;
    weight: number | null;
  }>;
}

/** One evaluation as the caller may see it: loadComparison() of that one id plus its summary. */
export interface EvaluationExportInput {
  data: ComparisonData;
  summary: ExportSummary;
  /** ISO timestamp; passed in so a test (and a re-export) can reproduce the bytes. */
  generatedAt: string;
  /** evaluationReadiness(…).crosswalks for the same reader; absent: the file has no readiness. */
  readiness?: EvaluationCrosswalkFigures[];
}

export type ComparisonSummary = NonNullable<ReturnType<typeof comparisonSummary>>;

export interface ComparisonExportInput {
  data: ComparisonData;
  summary: ComparisonSummary;
  generatedAt: string;
  /** comparisonReadiness(data, set) per target catalogue; absent: the file has no readiness. */
  readiness?: ComparisonCrosswalkFigures[];
}

/** "scored": visible with a consensus cell; "blind": the caller has not submitted it yet. */
export type CriterionState = "scored" | "blind" | "out_of_scope";

export interface CriterionRow {
  sectionKey: string;
  sectionTitle: string;
  key: string;
  title: string;
  state: CriterionState;
  cell: ComparisonCell | null;
}

export type { ComparisonCell, ComparisonData, ComparisonVendor, ConsensusValue, ScoreValue };
