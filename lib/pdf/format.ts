import type { ConsensusValue, ScoreValue } from "../scoring";

/** Shown instead of a missing score, as on screen. */
export const NO_SCORE = "—";

/** Section and overall scores 0–100: 0 decimals with Math.round, exactly as the dashboard. */
export const roundScore = (v: number | null | undefined): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v);

export const formatScore = (v: number | null | undefined) => {
  const r = roundScore(v);
  return r === null ? NO_SCORE : String(r);
};

export const formatCoverage = (c: number | null | undefined) =>
  c === null || c === undefined ? NO_SCORE : `${Math.round(c * 100)} %`;

/** Consensus sits on the catalogue scale and may end in .5 (an even median). */
export function formatConsensus(v: ConsensusValue): string {
  if (v === "na") return "N/A";
  if (v === null) return "not scored";
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

export const formatReviewerScore = (v: ScoreValue) => (v === "na" ? "N/A" : v === null ? "—" : String(v));

export const formatAlpha = (a: number | null) => (a === null ? NO_SCORE : a.toFixed(2));

export const GRADE_LABELS: Record<string, string> = {
  vendor_claim: "vendor claim",
  documentation: "documentation",
  tested: "tested by us",
  code_reviewed: "code reviewed",
};

export const gradeLabel = (g: string) => GRADE_LABELS[g] ?? "unknown grade";

export const STATUS_LABELS = { draft: "draft", in_review: "in review", final: "final" } as const;

/**
 * Evidence becomes a clickable link only when it is an absolute http(s) URL; anything else
 * (javascript:, data:, file:, relative text) is printed as inert text, so stored input can
 * never add an action to the document.
 */
export function safeHref(raw: string): string | null {
  if (typeof raw !== "string" || raw.length > 2048) return null;
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** A download name from user text: ASCII letters, digits and dashes only, never empty. */
export function safeFileName(parts: string[], fallback: string): string {
  const slug = parts
    .join("-")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .toLowerCase();
  return `${slug || fallback}.pdf`;
}
