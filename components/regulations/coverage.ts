import type { Coverage } from "@/lib/scoring/readiness";

/** How a coverage label reads on screen (product.md, "Crosswalks"). */
export const COVERAGE_LABEL: Record<Coverage, string> = {
  full: "Full",
  partial: "Partial",
  not_assessed: "Not assessed",
  not_in_catalogue: "Not assessed by this catalogue",
};

/** A readiness figure: a whole percentage, or a dash when nothing contributes (never 0). */
export const readinessText = (r: number | null) => (r === null ? "—" : `${Math.round(r)} %`);

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
