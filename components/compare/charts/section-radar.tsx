"use client";

import dynamic from "next/dynamic";
import type { RankedVendor } from "@/lib/scoring";
import { ChartFigure, VendorLegend } from "./chart-figure";
import { axisLabel, formatScore, sectionScoreOf } from "./format";
import { SectionScoreTable } from "./section-score-table";
import { colorIndexById } from "@/lib/compare/vendor-colors";

// recharts is loaded with the drawing, when it nears the window (ChartFigure), not with the page.
const SectionRadarDrawing = dynamic(() => import("./section-radar-drawing"), { ssr: false });

export interface SectionRadarChartProps {
  sections: ReadonlyArray<{ key: string; title: string }>;
  vendors: readonly RankedVendor[];
  /** Vendor ids in the order colours are handed out (default: by name), so colours survive a re-rank. */
  colorOrder?: readonly string[];
  title?: string;
}

/** Section scores (0–100) of every vendor, overlaid on one radar. */
export function SectionRadarChart({
  sections,
  vendors,
  colorOrder,
  title = "Section scores by vendor",
}: SectionRadarChartProps) {
  const colorIndex = colorIndexById(vendors, colorOrder);
  const legendOrder = [...vendors].sort((a, b) => (colorIndex.get(a.id) ?? 0) - (colorIndex.get(b.id) ?? 0));
  const scores = new Map(vendors.map((v) => [v.id, sections.map((s) => sectionScoreOf(v, s.key))]));
  // One row per section (an axis); v0, v1… avoid ids with dots being read as paths.
  const rows = sections.map((s, si) => {
    const row: Record<string, string | number> = { axis: axisLabel(s) };
    legendOrder.forEach((v, vi) => {
      row[`v${vi}`] = scores.get(v.id)?.[si] ?? 0;
    });
    return row;
  });
  const anyMissing = [...scores.values()].some((list) => list.includes(null));
  const few = sections.length * vendors.length <= 24;
  const imgLabel =
    `Radar chart of section scores from 0 to 100 for ${vendors.length} vendor${vendors.length === 1 ? "" : "s"} over the sections ${sections.map((s) => s.title).join(", ")}. ` +
    (few
      ? legendOrder
          .map(
            (v) =>
              `${v.name}: ${sections.map((s, i) => `${s.title} ${formatScore(scores.get(v.id)?.[i])}`).join(", ")}`,
          )
          .join("; ") + "."
      : "The numbers are in the table below.");
  const note = (
    <>
      Scores 0–100, rounded.
      {anyMissing &&
        " A section without a score (unscored, hidden or out of scope) is drawn at 0 and shown as — in the table."}
      {sections.length < 3 && " A radar needs three sections, so only the table is shown."}
    </>
  );
  const table = <SectionScoreTable sections={sections} vendors={legendOrder} scores={scores} />;
  const many = vendors.length > 4;

  return (
    <ChartFigure
      title={title}
      note={note}
      imgLabel={imgLabel}
      size={sections.length < 3 ? null : { height: 340 }}
      legend={<VendorLegend vendors={legendOrder} colorIndex={colorIndex} shape="line" />}
      table={table}
    >
      {sections.length >= 3 && (
        <SectionRadarDrawing rows={rows} vendors={legendOrder} colorIndex={colorIndex} many={many} />
      )}
    </ChartFigure>
  );
}
