"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";

/** Section scores (0–100) as a radar, with the same numbers as a table for screen readers. */
export function SectionRadar({
  data,
  label,
}: {
  data: Array<{ section: string; score: number }>;
  label: string;
}) {
  if (data.length < 3) return null; // a radar needs three axes; the section table says it all
  return (
    <div>
      <figure className="h-72 w-full" aria-label={label} role="img">
        <ResponsiveContainer width="100%" height="100%">
          <RadarChart data={data} outerRadius="75%">
            <PolarGrid stroke="var(--color-border)" />
            <PolarAngleAxis dataKey="section" tick={{ fill: "var(--color-muted)", fontSize: 12 }} />
            <PolarRadiusAxis
              domain={[0, 100]}
              tick={{ fill: "var(--color-muted)", fontSize: 10 }}
              angle={90}
            />
            <Radar
              dataKey="score"
              stroke="var(--color-accent)"
              fill="var(--color-accent)"
              fillOpacity={0.25}
              isAnimationActive={false}
            />
          </RadarChart>
        </ResponsiveContainer>
      </figure>
      <details className="text-sm">
        <summary className="cursor-pointer text-muted">Chart data</summary>
        <table className="mt-1 w-full">
          <caption className="sr-only">{label}</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left font-medium">
                Section
              </th>
              <th scope="col" className="text-right font-medium">
                Score
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.section}>
                <td>{d.section}</td>
                <td className="text-right tabular-nums">{d.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
