import type { EvaluationResult } from "./evaluate";
import { ownValue } from "./input-checks";
import { criterionWeight, type WeightProfile } from "./profiles";
import type { VendorInput } from "./ranking";
import { overallScore, sectionScore, type WeightedCriterion } from "./section-score";
import { DEFAULT_SCALE_MAX, type ConsensusValue } from "./types";

/** What the ranking order needs from one vendor's evaluation. */
export interface Standing {
  overall: number | null;
  disqualified: boolean;
}

/**
 * overall(w) = (p + q·w) / (r + s·w) for a section weight w > 0: p and r are Σ weight × score
 * and Σ weight of the other counted sections, q and s the score sum and count of the scored
 * sections with the key. The overall is null where the denominator is 0.
 */
export interface WeightLine {
  p: number;
  q: number;
  r: number;
  s: number;
}

/**
 * One vendor's evaluation, prepared for many one-change what-ifs.
 * - withConsensus() / withSectionWeight() recompute the touched section with sectionScore()
 *   and the overall with overallScore(), on the same inputs in the same order as evaluate(),
 *   so their numbers are bit-identical to a full evaluate() and exact ties resolve the same
 *   way; O(section size + sections + knock-outs).
 * - estimateConsensus() updates the section and overall sums by the one term that changes:
 *   O(sections + knock-outs), off from withConsensus() by float rounding only (< 1e-9).
 */
export interface WhatIf {
  readonly base: Standing;
  readonly max: number;
  /** In-scope criteria with a numeric consensus, in catalogue order, each key once. */
  readonly numeric: ReadonlyArray<{ key: string; value: number }>;
  /** In-scope section keys in catalogue order, each once. */
  readonly sectionKeys: readonly string[];
  /** The standing with the criterion's consensus set to `value`. */
  withConsensus(criterionKey: string, value: number): Standing;
  /** withConsensus() up to float rounding, for a criterion of `numeric`. */
  estimateConsensus(criterionKey: string, value: number): Standing;
  /** The standing with every section of that key weighted `weight`. */
  withSectionWeight(sectionKey: string, weight: number): Standing;
  weightLine(sectionKey: string): WeightLine;
}

interface Section {
  key: string;
  weight: number;
  score: number | null;
  criteria: Array<Required<WeightedCriterion>>;
  /** Σ weight × value and Σ weight over the applicable, scored criteria. */
  sum: number;
  total: number;
}

const clampPercent = (x: number) => Math.min(100, Math.max(0, x));

/** `result` must be evaluate(vendor.shape, consensusInput(vendor.consensus), profile). */
export function whatIf(vendor: VendorInput, profile: WeightProfile, result: EvaluationResult): WhatIf {
  const max = vendor.shape.max ?? DEFAULT_SCALE_MAX;
  const valueOf = (key: string): ConsensusValue => ownValue(vendor.consensus, key) ?? null;
  const inScope = vendor.shape.sections.filter((s) => s.inScope !== false);
  // evaluate() lists exactly the in-scope sections, in the same order.
  const sections: Section[] = inScope.map((s, i) => {
    const criteria = s.criterionKeys.map((key) => ({
      value: valueOf(key),
      weight: criterionWeight(profile, key),
    }));
    let sum = 0;
    let total = 0;
    for (const { value, weight } of criteria) {
      if (typeof value !== "number" || weight === 0) continue;
      sum += weight * value;
      total += weight;
    }
    return {
      key: s.key,
      weight: result.sections[i].weight,
      score: result.sections[i].score,
      criteria,
      sum,
      total,
    };
  });
  let overallSum = 0;
  let overallTotal = 0;
  for (const { score, weight } of sections) {
    if (score === null || weight === 0) continue;
    overallSum += weight * score;
    overallTotal += weight;
  }

  // Where each criterion sits; a key listed in two sections moves both, as in evaluate().
  const positions = new Map<string, Array<[number, number]>>();
  sections.forEach((section, si) =>
    inScope[si].criterionKeys.forEach((key, ci) => {
      const list = positions.get(key);
      if (list) list.push([si, ci]);
      else positions.set(key, [[si, ci]]);
    }),
  );
  const numeric = [...positions.keys()].flatMap((key) => {
    const value = valueOf(key);
    return typeof value === "number" ? [{ key, value }] : [];
  });

  const fails = (value: ConsensusValue, threshold: number) => typeof value === "number" && value < threshold;

  function withConsensus(criterionKey: string, value: number): Standing {
    const scores = sections.map((s) => s.score);
    const hits = positions.get(criterionKey) ?? [];
    for (const si of new Set(hits.map(([s]) => s))) {
      const criteria = sections[si].criteria;
      const saved = hits.filter(([s]) => s === si).map(([, ci]) => [ci, criteria[ci]] as const);
      // Swap the entries in place and back: no copy of a 1,000-criterion section per what-if.
      try {
        for (const [ci, c] of saved) criteria[ci] = { value, weight: c.weight };
        scores[si] = sectionScore(criteria, max).score;
      } finally {
        for (const [ci, c] of saved) criteria[ci] = c;
      }
    }
    const overall = overallScore(sections.map((s, i) => ({ score: scores[i], weight: s.weight })));
    return { overall, disqualified: disqualifiedWith(criterionKey, value, hits.length > 0) };
  }

  // evaluate() reads a knock-out's value only when its criterion is in scope.
  function disqualifiedWith(criterionKey: string, value: number, inScopeKey: boolean): boolean {
    return result.knockouts.some((k) =>
      fails(k.criterionKey === criterionKey && inScopeKey ? value : k.value, k.threshold),
    );
  }

  function estimateConsensus(criterionKey: string, value: number): Standing {
    // A numeric value stays numeric, so no section gains or loses its score and the totals
    // stay put; only the changed terms move the sums.
    let sum = overallSum;
    const hits = positions.get(criterionKey) ?? [];
    for (const si of new Set(hits.map(([s]) => s))) {
      const section = sections[si];
      if (section.score === null || section.total === 0) continue;
      let sectionSum = section.sum;
      for (const [s, ci] of hits) {
        const c = section.criteria[ci];
        if (s === si && typeof c.value === "number") sectionSum += c.weight * (value - c.value);
      }
      if (section.weight > 0)
        sum += section.weight * (clampPercent((sectionSum / (section.total * max)) * 100) - section.score);
    }
    const overall = overallTotal === 0 ? null : clampPercent(sum / overallTotal);
    return { overall, disqualified: disqualifiedWith(criterionKey, value, hits.length > 0) };
  }

  function withSectionWeight(sectionKey: string, weight: number): Standing {
    const overall = overallScore(
      sections.map((s) => ({ score: s.score, weight: s.key === sectionKey ? weight : s.weight })),
    );
    return { overall, disqualified: result.disqualified };
  }

  function weightLine(sectionKey: string): WeightLine {
    const line = { p: 0, q: 0, r: 0, s: 0 };
    for (const { key, weight, score } of sections) {
      if (score === null) continue;
      if (key === sectionKey) {
        line.q += score;
        line.s += 1;
      } else if (weight > 0) {
        line.p += weight * score;
        line.r += weight;
      }
    }
    return line;
  }

  return {
    base: { overall: result.overall, disqualified: result.disqualified },
    max,
    numeric,
    sectionKeys: [...new Set(sections.map((s) => s.key))],
    withConsensus,
    estimateConsensus,
    withSectionWeight,
    weightLine,
  };
}
