import { formatAlpha, formatCoverage, formatScore, NO_SCORE } from "../../pdf/format";
import type { LoadedEvaluation } from "./evaluation-access";
import type { summarise } from "./evaluation-summary";

type Summary = ReturnType<typeof summarise>;

/**
 * The evaluation overview's figures as text, formatted like the PDF report (lib/pdf/format),
 * so the page and the report cannot disagree on rounding or on what a missing value reads as.
 */
export function summaryFigures(summary: Summary) {
  return {
    overall: formatScore(summary.overall),
    coverage: formatCoverage(summary.coverage),
    alpha: formatAlpha(summary.alpha),
    alphaLabel: summary.alphaLabel,
    knockOuts: summary.disqualified === null ? NO_SCORE : summary.disqualified ? "Failed" : "None",
    // The overall is withheld when a blind section would reveal it; say so rather than show a gap.
    blindNotice: summary.overall === null && summary.sections.some((s) => s.hidden),
  };
}

/**
 * One row per catalogue section, in catalogue order. Out-of-scope sections have no summary row
 * and show dashes; a blind section shows "blind" and no agreement. `link` is the label of the
 * link to the scoring page ("View" for those who may not score), or null for no link.
 */
export function sectionRows(ev: LoadedEvaluation, summary: Summary, userId: string, mayScore: boolean) {
  return ev.sections.map((s) => {
    const row = summary.sections.find((x) => x.key === s.key);
    return {
      key: s.key,
      title: s.title,
      outOfScope: s.inScope ? null : `Out of scope: ${s.outOfScopeReason ?? ""}`,
      score: !row ? NO_SCORE : row.hidden ? "blind" : formatScore(row.score),
      coverage: row ? formatCoverage(row.coverage) : NO_SCORE,
      agreement: row && !row.hidden ? `${formatAlpha(row.alpha)} · ${row.alphaLabel}` : NO_SCORE,
      disagreements: row?.disagreements ?? NO_SCORE,
      submitted: `${s.submittedByIds.length}${s.submittedByIds.includes(userId) ? " (you)" : ""}`,
      link: s.inScope ? (mayScore ? "Score" : "View") : null,
    };
  });
}

/** The radar's points (rounded scores of the visible sections) and its text alternative. */
export function radarChart(frameworkName: string, visible: Array<{ title: string; score: number }>) {
  return {
    data: visible.map((s) => ({ section: s.title, score: Math.round(s.score) })),
    label: `Section scores of ${frameworkName}: ${visible.map((s) => `${s.title} ${Math.round(s.score)}`).join(", ")}`,
  };
}
