"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import { AXIS_TICK, GRID_STROKE } from "./chart-figure";
import { vendorStyle } from "@/lib/compare/vendor-colors";

/** The radar itself (section-radar.tsx holds its caption, label and table). */
export default function SectionRadarDrawing({
  rows,
  vendors,
  colorIndex,
  many,
}: {
  rows: Array<Record<string, string | number>>;
  vendors: ReadonlyArray<{ id: string; name: string }>;
  colorIndex: ReadonlyMap<string, number>;
  many: boolean;
}) {
  const legendOrder = vendors;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RadarChart
        data={rows}
        outerRadius="70%"
        accessibilityLayer={false}
        margin={{ top: 8, right: 24, bottom: 8, left: 24 }}
      >
        <PolarGrid stroke={GRID_STROKE} />
        <PolarAngleAxis dataKey="axis" tick={AXIS_TICK} />
        <PolarRadiusAxis
          domain={[0, 100]}
          tickCount={6}
          angle={90}
          tick={{ ...AXIS_TICK, fontSize: 10 }}
          axisLine={false}
        />
        {legendOrder.map((v, vi) => {
          const { color, dash } = vendorStyle(colorIndex.get(v.id) ?? vi);
          return (
            <Radar
              key={v.id}
              name={v.name}
              dataKey={`v${vi}`}
              stroke={color}
              strokeWidth={2}
              strokeDasharray={dash}
              fill={color}
              fillOpacity={many ? 0.04 : 0.12}
              dot={{ r: 2.5, fill: color, strokeDasharray: "" }}
              isAnimationActive={false}
            />
          );
        })}
      </RadarChart>
    </ResponsiveContainer>
  );
}
