import type { ComparisonData } from "../compare/types";
import { isComplete } from "../compare/vendor-input";
import { alphaLabel, ordinalAlpha } from "../scoring";

/** Agreement of one evaluation as the overview computes it (evaluationSummary), when known. */
export interface AgreementFacts {
  alpha: number | null;
  alphaLabel: string;
  sections: Record<string, { alpha: number | null; alphaLabel: string; disagreements: number | null }>;
}

/**
 * Agreement from the snapshot itself (share links, comparisons): ordinal alpha pairs values
 * within a criterion only, so each cell's submitted reviews are one unit — the same data
 * evaluationSummary feeds it. Hidden sections have no reviews and stay unknown.
 */
export function agreementOf(data: ComparisonData, v: ComparisonData["vendors"][number]): AgreementFacts {
  const sections: AgreementFacts["sections"] = {};
  const all: Array<Array<number | "na" | null>> = [];
  for (const s of data.sections) {
    const st = v.sections.find((x) => x.key === s.key);
    if (!st?.inScope || st.hidden) continue;
    const rows = s.criteria.map((c) => (v.cells[c.key]?.reviews ?? []).map((r) => r.value));
    all.push(...rows);
    const alpha = ordinalAlpha(rows);
    sections[s.key] = {
      alpha,
      alphaLabel: alphaLabel(alpha),
      disagreements: s.criteria.filter((c) => v.cells[c.key]?.disagreement).length,
    };
  }
  const alpha = isComplete(v) ? ordinalAlpha(all) : null;
  return { alpha, alphaLabel: alphaLabel(alpha), sections };
}
