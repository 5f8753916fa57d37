"use client";

import dynamic from "next/dynamic";
import type { RankedVendor } from "@/lib/scoring";
import { ChartFigure, VendorLegend } from "./chart-figure";
import { axisLabel, formatScore, sectionScoreOf } from "./format";
import { SectionScoreTable } from "./section-score-table";
import { colorIndexById } from "@/lib/compare/vendor-colors";

// recharts is loaded with the drawing, when it nears the window (ChartFigure), not with the page.
const SectionBarsDrawing = dynamic(() => import("./section-bars-drawing"), { ssr: false });

export interface SectionBarsChartProps {
  sections: ReadonlyArray<{ key: string; title: string }>;
  vendors: readonly RankedVendor[];
  /** Vendor ids in the order colours are handed out (default: by name), so colours survive a re-rank. */
  colorOrder?: readonly string[];
  title?: string;
}

const BAR_PX = 10;
const GROUP_GAP_PX = 28;
export const Y_AXIS_PX = 40;

/** Grouped bars: one group per section, one bar per vendor (section score 0–100). */
export function SectionBarsChart({
  sections,
  vendors,
  colorOrder,
  title = "Section scores, side by side",
}: SectionBarsChartProps) {
  const colorIndex = colorIndexById(vendors, colorOrder);
  const order = [...vendors].sort((a, b) => (colorIndex.get(a.id) ?? 0) - (colorIndex.get(b.id) ?? 0));
  const scores = new Map(order.map((v) => [v.id, sections.map((s) => sectionScoreOf(v, s.key))]));
  // A missing score stays null: recharts draws no bar for it.
  const rows = sections.map((s, si) => {
    const row: Record<string, string | number | null> = { axis: axisLabel(s), title: s.title };
    order.forEach((v, vi) => {
      row[`v${vi}`] = scores.get(v.id)?.[si] ?? null;
    });
    return row;
  });
  const anyMissing = [...scores.values()].some((list) => list.includes(null));
  // Wide enough that bars stay ≥ BAR_PX; narrower screens scroll sideways.
  const minWidth = Y_AXIS_PX + sections.length * (order.length * BAR_PX + GROUP_GAP_PX);
  const few = sections.length * vendors.length <= 24;
  const imgLabel =
    `Grouped bar chart of section scores from 0 to 100: one group per section (${sections.map((s) => s.title).join(", ")}), one bar per vendor (${order.map((v) => v.name).join(", ")}). ` +
    (few
      ? sections
          .map(
            (s, si) =>
              `${s.title}: ${order.map((v) => `${v.name} ${formatScore(scores.get(v.id)?.[si])}`).join(", ")}`,
          )
          .join("; ") + "."
      : "The numbers are in the table below.");

  const table = <SectionScoreTable sections={sections} vendors={order} scores={scores} />;

  return (
    <ChartFigure
      title={title}
      note={
        <>
          Scores 0–100, rounded.
          {anyMissing &&
            " No bar: the section has no score (unscored, hidden or out of scope); — in the table."}
        </>
      }
      imgLabel={imgLabel}
      size={{ height: 300, minWidth: minWidth > 340 ? minWidth : undefined }}
      legend={<VendorLegend vendors={order} colorIndex={colorIndex} shape="square" />}
      table={table}
    >
      <SectionBarsDrawing rows={rows} vendors={order} colorIndex={colorIndex} />
    </ChartFigure>
  );
}
