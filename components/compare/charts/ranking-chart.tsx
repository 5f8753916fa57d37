"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis, type BarShapeProps, type YAxisTickContentProps } from "recharts";
import type { RankedVendor } from "@/lib/scoring";
import { AXIS_TICK, ChartFigure, GRID_STROKE, td, tdNum, th, thNum } from "./chart-figure";
import { formatScore, roundScore, safeId } from "./format";
import { colorIndexById, vendorStyle } from "./vendor-colors";

export interface RankingChartProps {
  /** Any order; drawn by rank. */
  vendors: readonly RankedVendor[];
  /** Vendor ids in the order colours are handed out (default: by name), so colours match the other charts. */
  colorOrder?: readonly string[];
  title?: string;
  /** Printed where a vendor has no overall score. */
  nullLabel?: string;
}

interface Row {
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
const Y_AXIS_PX = 156;
const KNOCKED_OUT = "✕ knocked out";

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Overall scores as horizontal bars in rank order; knocked-out vendors are hatched red and labelled. */
export function RankingChart({ vendors, colorOrder, title = "Ranking by overall score", nullLabel = "no overall (hidden sections)" }: RankingChartProps) {
  const hatchId = `ko-${safeId(useId())}`;
  const colorIndex = colorIndexById(vendors, colorOrder);
  const rows: Row[] = [...vendors].sort((a, b) => a.rank - b.rank).map((v) => {
    const overall = v.overall === null ? null : roundScore(v.overall);
    return {
      id: v.id, name: v.name, rank: v.rank, overall, value: overall ?? 0, disqualified: v.disqualified,
      failed: v.result.knockouts.filter((k) => k.status === "fail").map((k) => k.criterionKey),
      color: vendorStyle(colorIndex.get(v.id) ?? 0).color,
    };
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const describe = (r: Row) => `${r.rank}. ${r.name} ${r.overall === null ? `(${nullLabel})` : r.overall}${r.disqualified ? ", knocked out" : ""}`;
  const imgLabel = `Horizontal bar chart of overall scores from 0 to 100 in rank order: ${rows.map(describe).join("; ")}.`;

  const tick = ({ x, y, payload }: YAxisTickContentProps) => {
    const r = byId.get(String(payload.value));
    if (!r) return null;
    return (
      <g transform={`translate(${x},${y})`}>
        <text x={-8} dy={r.disqualified ? -3 : 4} textAnchor="end" fill="var(--color-fg)" fontSize={12}>
          <title>{`${r.rank}. ${r.name}`}</title>
          {truncate(`${r.rank}. ${r.name}`, 18)}
        </text>
        {r.disqualified && <text x={-8} dy={11} textAnchor="end" fill="var(--color-danger)" fontSize={11} fontWeight={600}>{KNOCKED_OUT}</text>}
      </g>
    );
  };

  const shape = (props: BarShapeProps) => {
    const r = props.payload as Row;
    const { x, y, width, height } = props;
    const mid = y + height / 2;
    if (r.overall === null) {
      return <text x={x + 4} y={mid} dominantBaseline="central" fill="var(--color-muted)" fontSize={11} fontStyle="italic">{nullLabel}</text>;
    }
    const w = Math.max(0, width);
    return (
      <g>
        {w > 0 && (r.disqualified ? (
          <>
            <rect x={x} y={y} width={w} height={height} fill={r.color} fillOpacity={0.3} />
            <rect x={x} y={y} width={w} height={height} fill={`url(#${hatchId})`} stroke="var(--color-danger)" strokeWidth={2} />
          </>
        ) : <rect x={x} y={y} width={w} height={height} fill={r.color} />)}
        <text x={x + w + 6} y={mid} dominantBaseline="central" fill={r.disqualified ? "var(--color-danger)" : "var(--color-fg)"} fontSize={12} fontWeight={600}>
          {formatScore(r.overall)}{r.disqualified ? " ✕" : ""}
        </text>
      </g>
    );
  };

  const table = (
    <table className="w-full text-sm">
      <thead className="bg-surface-2 text-muted">
        <tr>
          <th scope="col" className={thNum}>Rank</th>
          <th scope="col" className={th}>Vendor</th>
          <th scope="col" className={thNum}>Overall</th>
          <th scope="col" className={th}>Knock-outs</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-border">
            <td className={tdNum}>{r.rank}</td>
            <th scope="row" className={`${td} text-left font-normal`}>{r.name}</th>
            <td className={tdNum}>{r.overall === null ? <>— <span className="text-muted">({nullLabel})</span></> : r.overall}</td>
            <td className={td}>{r.disqualified ? <span className="text-danger">{KNOCKED_OUT}{r.failed.length > 0 && ` (${r.failed.join(", ")})`}</span> : "cleared"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFigure
      title={title}
      note={<>Overall score 0–100 under the chosen weight profile, rounded. Knocked-out vendors rank after the others and are drawn hatched with a red outline.</>}
      imgLabel={imgLabel}
      size={rows.length === 0 ? null : { height: rows.length * ROW_PX + 36 }}
      table={table}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" accessibilityLayer={false} barCategoryGap={10} margin={{ top: 4, right: 44, bottom: 4, left: 0 }}>
          <defs>
            <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="2.5" height="6" fill="var(--color-danger)" />
            </pattern>
          </defs>
          <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={AXIS_TICK} stroke={GRID_STROKE} />
          <YAxis type="category" dataKey="id" width={Y_AXIS_PX} tick={tick} tickLine={false} stroke={GRID_STROKE} interval={0} />
          <Bar dataKey="value" shape={shape} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
