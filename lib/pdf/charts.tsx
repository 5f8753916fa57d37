import { G, Line, Path, Polygon, Rect, Svg, Text, View } from "./primitives";
import { formatScore } from "./format";
import type { ReportModel, ReportVendor } from "./model";
import { INK, MUTED, RULE, s, vendorColor } from "./styles";

/*
 * Vector charts drawn with react-pdf's SVG primitives from the report model's rounded
 * scores (Math.round, as the dashboard), so a bar's height and its printed label are the
 * same number as on screen. Missing scores (unscored, hidden, out of scope) draw nothing.
 */

const TICKS = [0, 25, 50, 75, 100];
const short = (t: string) => (t.length <= 16 ? t : `${t.slice(0, 15)}…`);
const scoreOf = (v: ReportVendor, key: string) => v.sections.find((x) => x.key === key)?.score ?? null;

export function Legend({ vendors }: { vendors: ReportVendor[] }) {
  return (
    <View style={{ flexDirection: "row", flexWrap: "wrap", marginBottom: 6 }}>
      {vendors.map((v) => (
        <View key={v.id} style={{ flexDirection: "row", marginRight: 10, marginBottom: 2 }}>
          <View style={[s.swatch, { backgroundColor: vendorColor(v.colorIndex).color }]} />
          <Text style={s.small}>{v.label}</Text>
        </View>
      ))}
    </View>
  );
}

/** Radar: one axis per section, rings every 25 points, one outline per vendor. */
export function RadarChart({ model, size = 250 }: { model: ReportModel; size?: number }) {
  const sections = model.sections;
  const c = size / 2;
  const r = c - 42;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, sections.length);
  const at = (i: number, value: number) => [c + (r * value / 100) * Math.cos(angle(i)), c + (r * value / 100) * Math.sin(angle(i))];
  const ring = (value: number) => sections.map((_, i) => at(i, value).map((n) => n.toFixed(1)).join(",")).join(" ");
  return (
    <Svg width={size} height={size} viewBox={`0 0 ${size} ${size}`}>
      {TICKS.slice(1).map((t) => <Polygon key={t} points={ring(t)} fill="none" stroke={RULE} strokeWidth={0.6} />)}
      {sections.map((sec, i) => {
        const [x, y] = at(i, 100);
        const [lx, ly] = at(i, 118);
        return (
          <G key={sec.key}>
            <Line x1={c} y1={c} x2={x} y2={y} stroke={RULE} strokeWidth={0.6} />
            <Text x={lx} y={ly + 3} textAnchor="middle" style={{ fontSize: 7 }} fill={INK}>{short(sec.title)}</Text>
          </G>
        );
      })}
      {TICKS.slice(1).map((t) => <Text key={t} x={c + 2} y={c - (r * t) / 100 - 1} style={{ fontSize: 5.5 }} fill={MUTED}>{String(t)}</Text>)}
      {model.vendors.map((v) => {
        const points = sections.map((sec, i) => ({ i, score: scoreOf(v, sec.key) })).filter((p) => p.score !== null);
        if (points.length === 0) return null;
        const { color, dash } = vendorColor(v.colorIndex);
        const d = points.map((p, k) => `${k ? "L" : "M"}${at(p.i, p.score!).map((n) => n.toFixed(1)).join(" ")}`).join(" ") + (points.length === sections.length ? " Z" : "");
        return <Path key={v.id} d={d} stroke={color} strokeWidth={1.4} strokeDasharray={dash} fill={color} fillOpacity={0.06} />;
      })}
    </Svg>
  );
}

/** Grouped bars: one group per section, one bar per vendor, value printed above each bar. */
export function BarsChart({ model, width = 500, height = 210 }: { model: ReportModel; width?: number; height?: number }) {
  const left = 26, top = 10, bottom = 24;
  const plotH = height - top - bottom;
  const groups = model.sections.length;
  const groupW = (width - left - 4) / Math.max(1, groups);
  const barW = Math.min(18, (groupW - 10) / Math.max(1, model.vendors.length));
  const y = (v: number) => top + plotH - (plotH * v) / 100;
  const labels = model.vendors.length <= 8;
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {TICKS.map((t) => (
        <G key={t}>
          <Line x1={left} y1={y(t)} x2={width - 4} y2={y(t)} stroke={RULE} strokeWidth={0.5} />
          <Text x={left - 4} y={y(t) + 2} textAnchor="end" style={{ fontSize: 6 }} fill={MUTED}>{String(t)}</Text>
        </G>
      ))}
      {model.sections.map((sec, gi) => {
        const x0 = left + gi * groupW + (groupW - barW * model.vendors.length) / 2;
        return (
          <G key={sec.key}>
            {model.vendors.map((v, vi) => {
              const score = scoreOf(v, sec.key);
              if (score === null) return null;
              const x = x0 + vi * barW;
              return (
                <G key={v.id}>
                  <Rect x={x + 0.5} y={y(score)} width={barW - 1} height={Math.max(0.5, y(0) - y(score))} fill={vendorColor(v.colorIndex).color} />
                  {labels && <Text x={x + barW / 2} y={y(score) - 2} textAnchor="middle" style={{ fontSize: 5.5 }} fill={INK}>{formatScore(score)}</Text>}
                </G>
              );
            })}
            <Text x={left + gi * groupW + groupW / 2} y={height - 10} textAnchor="middle" style={{ fontSize: 7 }} fill={INK}>{short(sec.title)}</Text>
          </G>
        );
      })}
    </Svg>
  );
}
