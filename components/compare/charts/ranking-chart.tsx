"use client";

import dynamic from "next/dynamic";
import type { RankedVendor } from "@/lib/scoring";
import { ChartFigure, td, tdNum, th, thNum } from "./chart-figure";
import { roundScore } from "./format";
import { colorIndexById, vendorStyle } from "@/lib/compare/vendor-colors";

export interface RankingChartProps {
  /** Any order; drawn by rank. */
  vendors: readonly RankedVendor[];
  /** Vendor ids in the order colours are handed out (default: by name), so colours match the other charts. */
  colorOrder?: readonly string[];
  title?: string;
  /** Printed where a vendor has no overall score. */
  nullLabel?: string;
}

export interface RankingRow {
  id: string;
  name: string;
  rank: number;
  /** Rounded overall; null when there is none. */
  overall: number | null;
  /** What the bar is drawn from: overall, or 0 when there is none. */
  value: number;
  disqualified: boolean;
  failed: string[];
  color: string;
}

const ROW_PX = 40;
export const KNOCKED_OUT = "✕ knocked out";

// recharts is loaded with the drawing, when it nears the window (ChartFigure), not with the page.
const RankingDrawing = dynamic(() => import("./ranking-drawing"), { ssr: false });

/** Overall scores as horizontal bars in rank order; knocked-out vendors are hatched red and labelled. */
export function RankingChart({
  vendors,
  colorOrder,
  title = "Ranking by overall score",
  nullLabel = "no overall (hidden sections)",
}: RankingChartProps) {
  const colorIndex = colorIndexById(vendors, colorOrder);
  const rows: RankingRow[] = [...vendors]
    .sort((a, b) => a.rank - b.rank)
    .map((v) => {
      const overall = v.overall === null ? null : roundScore(v.overall);
      return {
        id: v.id,
        name: v.name,
        rank: v.rank,
        overall,
        value: overall ?? 0,
        disqualified: v.disqualified,
        failed: v.result.knockouts.filter((k) => k.status === "fail").map((k) => k.criterionKey),
        color: vendorStyle(colorIndex.get(v.id) ?? 0).color,
      };
    });
  const describe = (r: RankingRow) =>
    `${r.rank}. ${r.name} ${r.overall === null ? `(${nullLabel})` : r.overall}${r.disqualified ? ", knocked out" : ""}`;
  const imgLabel = `Horizontal bar chart of overall scores from 0 to 100 in rank order: ${rows.map(describe).join("; ")}.`;

  const table = (
    <table className="w-full text-sm">
      <thead className="bg-surface-2 text-muted">
        <tr>
          <th scope="col" className={thNum}>
            Rank
          </th>
          <th scope="col" className={th}>
            Vendor
          </th>
          <th scope="col" className={thNum}>
            Overall
          </th>
          <th scope="col" className={th}>
            Knock-outs
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-border">
            <td className={tdNum}>{r.rank}</td>
            <th scope="row" className={`${td} text-left font-normal`}>
              {r.name}
            </th>
            <td className={tdNum}>
              {r.overall === null ? (
                <>
                  — <span className="text-muted">({nullLabel})</span>
                </>
              ) : (
                r.overall
              )}
            </td>
            <td className={td}>
              {r.disqualified ? (
                <span className="text-danger">
                  {KNOCKED_OUT}
                  {r.failed.length > 0 && ` (${r.failed.join(", ")})`}
                </span>
              ) : (
                "cleared"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFigure
      title={title}
      note={
        <>
          Overall score 0–100 under the chosen weight profile, rounded. Knocked-out vendors rank after the
          others and are drawn hatched with a red outline.
        </>
      }
      imgLabel={imgLabel}
      size={rows.length === 0 ? null : { height: rows.length * ROW_PX + 36 }}
      table={table}
    >
      <RankingDrawing rows={rows} nullLabel={nullLabel} />
    </ChartFigure>
  );
}
