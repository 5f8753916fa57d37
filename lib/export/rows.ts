import type {
  ComparisonData,
  ComparisonSummary,
  ComparisonVendor,
  ConsensusValue,
  CriterionRow,
  ScoreValue,
} from "./types";

/**
 * Every criterion of the catalogue for one vendor, in catalogue order. A blind or
 * out-of-scope section yields rows without a cell: loadComparison() has already dropped
 * what the caller may not see, and nothing here puts it back.
 */
export function criterionRows(data: ComparisonData, vendor: ComparisonVendor): CriterionRow[] {
  return data.sections.flatMap((section) => {
    const state = vendor.sections.find((s) => s.key === section.key);
    return section.criteria.map((c): CriterionRow => {
      const cell = state?.inScope && !state.hidden ? (vendor.cells[c.key] ?? null) : null;
      const rowState = !state?.inScope ? "out_of_scope" : state.hidden ? "blind" : "scored";
      return {
        sectionKey: section.key,
        sectionTitle: section.title,
        key: c.key,
        title: c.title,
        state: rowState,
        cell: cell ? { ...cell, reviews: sortedReviews(cell.reviews) } : null,
      };
    });
  });
}

// The database returns reviews in no fixed order; sorting makes exports (and OSCAL uuids)
// reproducible. Code-unit order, not localeCompare, so the host's locale cannot change it.
function sortedReviews<T extends { reviewer: string }>(reviews: T[]): T[] {
  return [...reviews].sort((a, b) => (a.reviewer < b.reviewer ? -1 : a.reviewer > b.reviewer ? 1 : 0));
}

/** A score or consensus as a spreadsheet shows it: "" unscored, "N/A", or the number. */
export const displayValue = (v: ConsensusValue | ScoreValue | undefined): string | number =>
  v == null ? "" : v === "na" ? "N/A" : v;

export const evidenceText = (evidence: Array<{ url: string; grade: string }>) =>
  evidence.map((e) => `${e.url} (${e.grade.replace(/_/g, " ")})`).join("; ");

export const stateLabel: Record<CriterionRow["state"], string> = {
  scored: "",
  blind: "blind until you submit",
  out_of_scope: "out of scope",
};

/** Percentages as the screen rounds them; ratios (coverage) as percentages too. */
export const pct = (v: number | null | undefined) => (v == null ? "" : Math.round(v * 10) / 10);
export const ratioPct = (v: number | null | undefined) => (v == null ? "" : Math.round(v * 1000) / 10);

export const vendorName = (f: { vendor: string; name: string; productVersion: string }) =>
  [f.vendor, f.name, f.productVersion].filter(Boolean).join(" ");

/** The comparison's vendors in the export's ranking order, as readiness columns name them. */
export const rankedVendors = (data: ComparisonData, summary: ComparisonSummary) =>
  summary.vendors.map((sv) => ({
    id: sv.evaluationId,
    name: vendorName(data.vendors.find((v) => v.evaluationId === sv.evaluationId)!.framework),
  }));
