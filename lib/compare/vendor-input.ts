import type { VendorInput } from "../scoring";
import type { ComparisonData, ComparisonVendor } from "./types";

export const vendorLabel = (v: ComparisonVendor) =>
  `${v.framework.name} ${v.framework.productVersion}`.trim();

/**
 * One vendor as lib/scoring ranks it. A hidden section is treated as out of scope for the
 * maths, and `complete` is false: like the evaluation overview, an overall score that would
 * be built without it is not shown.
 */
export function vendorInput(data: ComparisonData, v: ComparisonVendor): VendorInput {
  const state = new Map(v.sections.map((s) => [s.key, s]));
  return {
    id: v.evaluationId,
    name: vendorLabel(v),
    shape: {
      max: data.catalogue.max,
      sections: data.sections.map((s) => ({
        key: s.key,
        criterionKeys: s.criteria.map((c) => c.key),
        inScope: !!state.get(s.key)?.inScope && !state.get(s.key)?.hidden,
      })),
    },
    consensus: Object.fromEntries(Object.entries(v.cells).map(([k, c]) => [k, c.value])),
  };
}

export const isComplete = (v: ComparisonVendor) => !v.sections.some((s) => s.inScope && s.hidden);
