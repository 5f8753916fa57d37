"use client";

import { useId } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type BarShapeProps,
  type YAxisTickContentProps,
} from "recharts";
import { AXIS_TICK, GRID_STROKE } from "./chart-figure";
import { formatScore, safeId } from "./format";
import { KNOCKED_OUT, type RankingRow as Row } from "./ranking-chart";

const Y_AXIS_PX = 156;

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The ranking bars themselves (ranking-chart.tsx holds their caption, label and table). */
export default function RankingDrawing({ rows, nullLabel }: { rows: Row[]; nullLabel: string }) {
  const hatchId = `ko-${safeId(useId())}`;
  const byId = new Map(rows.map((r) => [r.id, r]));

  const tick = ({ x, y, payload }: YAxisTickContentProps) => {
    const r = byId.get(String(payload.value));
    if (!r) return null;
    return (
      <g transform={`translate(${x},${y})`}>
        <text x={-8} dy={r.disqualified ? -3 : 4} textAnchor="end" fill="var(--color-fg)" fontSize={12}>
          <title>{`${r.rank}. ${r.name}`}</title>
          {truncate(`${r.rank}. ${r.name}`, 18)}
        </text>
        {r.disqualified && (
          <text x={-8} dy={11} textAnchor="end" fill="var(--color-danger)" fontSize={11} fontWeight={600}>
            {KNOCKED_OUT}
          </text>
        )}
      </g>
    );
  };

  const shape = (props: BarShapeProps) => {
    const r = props.payload as Row;
    const { x, y, width, height } = props;
    const mid = y + height / 2;
    if (r.overall === null) {
      return (
        <text
          x={x + 4}
          y={mid}
          dominantBaseline="central"
          fill="var(--color-muted)"
          fontSize={11}
          fontStyle="italic"
        >
          {nullLabel}
        </text>
      );
    }
    const w = Math.max(0, width);
    return (
      <g>
        {w > 0 &&
          (r.disqualified ? (
            <>
              <rect x={x} y={y} width={w} height={height} fill={r.color} fillOpacity={0.3} />
              <rect
                x={x}
                y={y}
                width={w}
                height={height}
                fill={`url(#${hatchId})`}
                stroke="var(--color-danger)"
                strokeWidth={2}
              />
            </>
          ) : (
            <rect x={x} y={y} width={w} height={height} fill={r.color} />
          ))}
        <text
          x={x + w + 6}
          y={mid}
          dominantBaseline="central"
          fill={r.disqualified ? "var(--color-danger)" : "var(--color-fg)"}
          fontSize={12}
          fontWeight={600}
        >
          {formatScore(r.overall)}
          {r.disqualified ? " ✕" : ""}
        </text>
      </g>
    );
  };

  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={rows}
        layout="vertical"
        accessibilityLayer={false}
        barCategoryGap={10}
        margin={{ top: 4, right: 44, bottom: 4, left: 0 }}
      >
        <defs>
          <pattern
            id={hatchId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="2.5" height="6" fill="var(--color-danger)" />
          </pattern>
        </defs>
        <CartesianGrid stroke={GRID_STROKE} horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tick={AXIS_TICK}
          stroke={GRID_STROKE}
        />
        <YAxis
          type="category"
          dataKey="id"
          width={Y_AXIS_PX}
          tick={tick}
          tickLine={false}
          stroke={GRID_STROKE}
          interval={0}
        />
        <Bar dataKey="value" shape={shape} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
