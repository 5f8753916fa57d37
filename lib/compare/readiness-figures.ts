import type { Coverage, Relationship } from "../scoring/readiness";
import type { comparisonReadiness } from "./readiness";

/*
 * Readiness as reports and files print it. Pure (no server-only chain), so the PDF renderer and
 * the export builders in the worker pool can use it; the services hand it their figures.
 */

/** Shown beside every readiness figure, on screen, in files and in PDFs. */
export const READINESS_DISCLAIMER =
  "An indication of how far the framework carries a product towards the regulation, from the OWASP scores through a mapping set: not a conformity assessment.";

/** How a coverage label reads (product.md, "Crosswalks"). */
export const COVERAGE_LABEL: Record<Coverage, string> = {
  full: "Full",
  partial: "Partial",
  not_assessed: "Not assessed",
  not_in_catalogue: "Not assessed by this catalogue",
};

/** A readiness figure: a whole percentage, or a dash when nothing contributes (never 0). */
export const readinessText = (r: number | null) => (r === null ? "—" : `${Math.round(r)} %`);

export interface CoverageCounts {
  full: number;
  partial: number;
  notAssessed: number;
  notInCatalogue: number;
}

/**
 * One evaluation's crosswalk, the fields of evaluationReadiness() a report or file prints.
 * Structural rather than imported from the service, so the builders stay pure.
 */
export interface EvaluationCrosswalkFigures {
  mappingSet: { slug: string; version: string; title: string };
  target: { slug: string; version: string; title: string };
  readiness: number | null;
  counts: CoverageCounts;
  requirements: Array<{
    key: string;
    title: string;
    readiness: number | null;
    coverage: Coverage;
    reason: string | null;
    contributing: Array<{ key: string; relationship: Relationship; consensus: number }>;
  }>;
}

/** A comparison projected onto one regulation: comparisonReadiness(data, set). */
export type ComparisonCrosswalkFigures = ReturnType<typeof comparisonReadiness>;
