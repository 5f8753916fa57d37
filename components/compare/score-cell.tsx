"use client";

import type { ComparisonVendor } from "@/lib/compare/types";
import { NEUTRAL_CELLS, sequentialColor } from "@/lib/compare/vendor-colors";

export interface CellRef {
  evaluationId: string;
  criterionKey: string;
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

/**
 * One consensus on a colour-blind-safe scale, always with its number; ⚑ marks a disagreement
 * (spread ≥ 2) and ↺ a score carried over from a previous evaluation. The button opens every
 * reviewer's score, rationale and evidence.
 */
export function ScoreCell({
  vendor,
  criterionKey,
  max,
  onOpen,
}: {
  vendor: ComparisonVendor;
  criterionKey: string;
  max: number;
  onOpen: (ref: CellRef) => void;
}) {
  const cell = vendor.cells[criterionKey];
  if (!cell) {
    const hidden = vendor.sections.some((s) => s.hidden && s.inScope);
    return <span className="text-xs text-muted">{hidden ? "hidden" : "–"}</span>;
  }
  const style =
    typeof cell.value === "number"
      ? sequentialColor(cell.value, max)
      : NEUTRAL_CELLS[cell.value === "na" ? "na" : "unscored"].style;
  const text = cell.value === null ? "–" : cell.value === "na" ? "N/A" : fmt(cell.value);
  const label = `${text}${cell.disagreement ? ", reviewers disagree" : ""}${cell.carriedOver ? ", carried over" : ""}${cell.source === "agreed" ? ", agreed value" : ""}: show reviews`;
  return (
    <button
      type="button"
      popoverTarget="cell-detail"
      onClick={() => onOpen({ evaluationId: vendor.evaluationId, criterionKey })}
      aria-label={label}
      className="inline-flex min-w-14 items-center justify-center gap-1 rounded px-1.5 py-0.5 font-semibold tabular-nums"
      style={style}
    >
      {text}
      {cell.disagreement && (
        <span aria-hidden title="Reviewers disagree (spread ≥ 2)">
          ⚑
        </span>
      )}
      {cell.carriedOver && (
        <span aria-hidden title="Carried over from a previous evaluation">
          ↺
        </span>
      )}
      {cell.source === "agreed" && (
        <span aria-hidden title="Agreed value">
          ✓
        </span>
      )}
    </button>
  );
}
