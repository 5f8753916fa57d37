import type { ScoreValue } from "./types";

/**
 * Krippendorff's alpha, following Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability", with the coincidence-matrix formulation:
 *   α = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck
 * where o is the coincidence matrix of pairable values, n_c its marginals and n = Σ n_c.
 */

/** Reliability data: one row per unit (criterion), one cell per coder (reviewer). */
export type ReliabilityData = ReadonlyArray<ReadonlyArray<ScoreValue | undefined>>;

export type AlphaMetric = "nominal" | "ordinal" | "interval" | "ratio";

interface Coincidences {
  /** Distinct values in ascending order. */
  values: number[];
  /** o[i][j]: coincidences of values[i] with values[j]. */
  o: number[][];
  /** Marginals n_c. */
  marginals: number[];
  /** Number of pairable values. */
  n: number;
}

// Units with fewer than two values cannot be paired and carry no information about
// agreement, so they are dropped before the marginals are formed. N/A counts as missing.
function coincidences(data: ReliabilityData): Coincidences {
  const units = data
    .map((row) => row.filter((v): v is number => typeof v === "number"))
    .filter((values) => values.length >= 2);
  units.flat().forEach((v) => {
    if (!Number.isFinite(v)) throw new RangeError(`alpha needs finite values, got ${v}`);
  });
  const values = [...new Set(units.flat())].sort((a, b) => a - b);
  const o = values.map(() => values.map(() => 0));
  for (const unit of units) {
    // Per unit: o_ck += n_uc · (n_uk − [c = k]) / (m_u − 1), from value counts rather
    // than all ordered pairs, which keeps the sums exact for small counts.
    const counts = values.map(() => 0);
    unit.forEach((v) => (counts[values.indexOf(v)] += 1));
    counts.forEach((nc, c) => {
      if (nc === 0) return;
      counts.forEach((nk, k) => {
        o[c][k] += (nc * (c === k ? nk - 1 : nk)) / (unit.length - 1);
      });
    });
  }
  const marginals = o.map((row) => row.reduce((a, b) => a + b, 0));
  return { values, o, marginals, n: marginals.reduce((a, b) => a + b, 0) };
}

/** δ²_ck for the metric; c and k are indices into the ascending distinct values. */
function distance(metric: AlphaMetric, m: Coincidences, c: number, k: number): number {
  const a = m.values[c];
  const b = m.values[k];
  switch (metric) {
    case "nominal":
      return c === k ? 0 : 1;
    case "interval":
      return (a - b) ** 2;
    case "ratio":
      return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
    case "ordinal": {
      // Ranks by marginal sums: (Σ_{g=c..k} n_g − (n_c + n_k) / 2)², so the distance
      // between two ranks grows with how many values fall between them.
      const [lo, hi] = c <= k ? [c, k] : [k, c];
      let between = 0;
      for (let g = lo; g <= hi; g++) between += m.marginals[g];
      return (between - (m.marginals[c] + m.marginals[k]) / 2) ** 2;
    }
  }
}

/**
 * Krippendorff's alpha for the given metric. Returns null when it is undefined: fewer than
 * two pairable values, or no variation at all (expected disagreement 0).
 */
export function krippendorffAlpha(data: ReliabilityData, metric: AlphaMetric = "ordinal"): number | null {
  const m = coincidences(data);
  if (m.n < 2) return null;
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < m.values.length; c++) {
    for (let k = 0; k < m.values.length; k++) {
      const d = distance(metric, m, c, k);
      observed += m.o[c][k] * d;
      expected += m.marginals[c] * m.marginals[k] * d;
    }
  }
  if (expected === 0) return null;
  return 1 - ((m.n - 1) * observed) / expected;
}

/** Ordinal alpha: the scale's values are ordered, but its steps are not equal intervals. */
export function ordinalAlpha(data: ReliabilityData): number | null {
  return krippendorffAlpha(data, "ordinal");
}

export type AlphaLabel =
  "reliable agreement" | "tentative agreement" | "weak agreement" | "little agreement" | "not enough data";

/**
 * Plain-language label for an alpha. Krippendorff (2004, Content Analysis, 2nd ed., p. 241)
 * advises relying on data with α ≥ 0.800 and drawing only tentative conclusions from
 * 0.667 ≤ α < 0.800. The 0.4 step below that is ours, to tell weak from next to none.
 */
export function alphaLabel(alpha: number | null): AlphaLabel {
  if (alpha === null || Number.isNaN(alpha)) return "not enough data";
  if (alpha >= 0.8) return "reliable agreement";
  if (alpha >= 0.667) return "tentative agreement";
  if (alpha >= 0.4) return "weak agreement";
  return "little agreement";
}
