"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE } from "./chart-figure";
import { formatScore } from "./format";
import { Y_AXIS_PX } from "./section-bars";
import { vendorStyle } from "@/lib/compare/vendor-colors";

/** The grouped bars themselves (section-bars.tsx holds their caption, label and table). */
export default function SectionBarsDrawing({
  rows,
  vendors,
  colorIndex,
}: {
  rows: Array<Record<string, string | number | null>>;
  vendors: ReadonlyArray<{ id: string; name: string }>;
  colorIndex: ReadonlyMap<string, number>;
}) {
  const order = vendors;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={rows}
        accessibilityLayer={false}
        barGap={1}
        barCategoryGap="12%"
        margin={{ top: 8, right: 8, bottom: 4, left: 0 }}
      >
        <CartesianGrid stroke={GRID_STROKE} vertical={false} />
        <XAxis dataKey="axis" tick={AXIS_TICK} stroke={GRID_STROKE} interval={0} />
        <YAxis
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tick={AXIS_TICK}
          stroke={GRID_STROKE}
          width={Y_AXIS_PX}
        />
        <Tooltip
          {...TOOLTIP_STYLE}
          cursor={{ fill: "var(--color-accent-soft)", fillOpacity: 0.5 }}
          labelFormatter={(_label, payload) => String(payload?.[0]?.payload?.title ?? _label)}
          formatter={(value, name) => [formatScore(typeof value === "number" ? value : null), String(name)]}
        />
        {order.map((v, vi) => {
          const { color } = vendorStyle(colorIndex.get(v.id) ?? vi);
          return <Bar key={v.id} dataKey={`v${vi}`} name={v.name} fill={color} isAnimationActive={false} />;
        })}
      </BarChart>
    </ResponsiveContainer>
  );
}
