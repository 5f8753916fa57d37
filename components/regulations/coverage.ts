import type { Coverage } from "@/lib/scoring/readiness";

// One wording for screen, PDF and files: defined in lib/, where the reports can reach it.
export { COVERAGE_LABEL, readinessText } from "@/lib/compare/readiness-figures";

/**
 * A mark printed beside a readiness figure where space is short (the heatmap), so coverage is
 * read from a shape, not only from colour; the legend and screen readers get the label.
 */
export const COVERAGE_MARK: Record<Coverage, string> = {
  full: "●",
  partial: "◐",
  not_assessed: "○",
  not_in_catalogue: "·",
};
