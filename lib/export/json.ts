import { comparisonReadinessJson, evaluationReadinessJson } from "./readiness";
import { criterionRows } from "./rows";
import type { ComparisonExportInput, EvaluationExportInput } from "./types";

/**
 * The complete evaluation as the caller may see it, versioned so a later reader can tell
 * shapes apart. Blind sections list their criteria with `state: "blind"` and nothing else.
 */
export function evaluationJson({ data, summary, generatedAt, readiness }: EvaluationExportInput) {
  const vendor = data.vendors[0];
  const rows = criterionRows(data, vendor);
  return {
    format: "scorecard-evaluation",
    version: 1,
    generatedAt,
    evaluation: { id: vendor.evaluationId, status: vendor.status, framework: vendor.framework },
    catalogue: data.catalogue,
    profile: summary.profile,
    summary: {
      overall: summary.overall,
      coverage: summary.coverage,
      alpha: summary.alpha,
      alphaLabel: summary.alphaLabel,
      disqualified: summary.disqualified,
      knockouts: summary.knockouts.map(({ criterionKey, threshold, value, status }) => ({
        criterionKey,
        threshold,
        value,
        status,
      })),
      // Picked field by field, so a field added to the summary later cannot reach files unreviewed.
      sections: summary.sections.map(
        ({ key, title, hidden, submittedBy, score, coverage, weight, alpha, alphaLabel, disagreements }) => ({
          key,
          title,
          hidden,
          submittedBy,
          score,
          coverage,
          weight,
          alpha,
          alphaLabel,
          disagreements,
        }),
      ),
    },
    sections: data.sections.map((s) => {
      const state = vendor.sections.find((x) => x.key === s.key);
      return {
        key: s.key,
        title: s.title,
        inScope: !!state?.inScope,
        hidden: !!state?.hidden,
        submittedBy: state?.submittedBy ?? 0,
        criteria: rows
          .filter((r) => r.sectionKey === s.key)
          .map((r) => ({
            key: r.key,
            title: r.title,
            state: r.state,
            consensus: r.cell
              ? {
                  value: r.cell.value,
                  source: r.cell.source,
                  spread: r.cell.spread,
                  disagreement: r.cell.disagreement,
                  lowConfidence: r.cell.lowConfidence,
                  carriedOver: r.cell.carriedOver,
                }
              : null,
            agreed: r.cell?.source === "agreed" ? { value: r.cell.value, reason: r.cell.agreedReason } : null,
            reviews: r.cell?.reviews ?? [],
          })),
      };
    }),
    readiness: readiness ? evaluationReadinessJson(readiness) : null,
  };
}

/** The ranked numbers exactly as GET /api/v1/comparisons returns them, plus the full data. */
export function comparisonJson({ data, summary, generatedAt, readiness }: ComparisonExportInput) {
  return {
    format: "scorecard-comparison",
    version: 1,
    generatedAt,
    summary,
    data,
    readiness: readiness ? comparisonReadinessJson(readiness) : null,
  };
}

export const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
