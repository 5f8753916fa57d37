import type { RankedVendor } from "@/lib/scoring";

/** Shown instead of a missing score. */
export const NO_SCORE = "—";

/** Scores 0–100 are plotted and printed with 0 decimals, both from this one function. */
export const roundScore = (v: number) => Math.round(v);

export const formatScore = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? NO_SCORE : String(roundScore(v));

/** Consensus values sit on the catalogue scale (0..max) and may end in .5 (an even median). */
export const formatConsensus = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

/** A vendor's rounded score for a section; null when unscored, hidden or out of scope. */
export function sectionScoreOf(v: RankedVendor, sectionKey: string): number | null {
  const score = v.result.sections.find((s) => s.key === sectionKey)?.score ?? null;
  return score === null ? null : roundScore(score);
}

/** useId() output made safe for SVG url(#…) references and ids. */
export const safeId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, "");

/** A short axis label: the section title when it is short, else its key. */
export const axisLabel = (s: { key: string; title: string }) => (s.title.length <= 14 ? s.title : s.key);
