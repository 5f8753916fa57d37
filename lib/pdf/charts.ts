import { fontName, measureFamilies } from "./fonts";
import { formatScore } from "./format";
import type { ReportModel, ReportVendor } from "./model";
import { CONTENT_WIDTH, INK, MUTED, PAGE, RULE, SIZE, vendorColor } from "./styles";
import { clip, type Writer } from "./writer";

/*
 * Vector charts drawn from the report model's rounded scores (Math.round, as the dashboard),
 * so a bar's height and its printed label are the same number as on screen. Missing scores
 * (unscored, hidden, out of scope) draw nothing. Each chart starts at the writer's position
 * and moves it below itself.
 */

const TICKS = [0, 25, 50, 75, 100];
const scoreOf = (v: ReportVendor, key: string) => v.sections.find((x) => x.key === key)?.score ?? null;

/** The SVG dash pattern of the dashboard palette ("4 2") as pdfkit's list, or none. */
function dashOf(dash: string | undefined): number[] | null {
  const list = (dash ?? "")
    .split(/[\s,]+/)
    .map(Number)
    .filter((n) => Number.isFinite(n) && n > 0);
  return list.length ? list : null;
}

function label(
  w: Writer,
  text: string,
  x: number,
  y: number,
  o: { size: number; color?: string; align?: "left" | "center" | "right"; width?: number },
) {
  const width = o.width ?? 80;
  const left = o.align === "center" ? x - width / 2 : o.align === "right" ? x - width : x;
  w.text(clip(text, 40), {
    x: left,
    y,
    width,
    size: o.size,
    color: o.color ?? INK,
    align: o.align ?? "left",
  });
}

export function drawLegend(w: Writer, vendors: ReportVendor[]) {
  let x = PAGE.left;
  let y = w.y;
  for (const v of vendors) {
    const name = clip(v.label, 40);
    const width =
      12 +
      Math.max(
        ...measureFamilies(name).map((f) =>
          w.doc.font(fontName(f, "regular")).fontSize(SIZE.small).widthOfString(name),
        ),
      ) +
      12;
    if (x + width > PAGE.left + CONTENT_WIDTH) {
      x = PAGE.left;
      y += 12;
    }
    w.doc
      .save()
      .rect(x, y + 1, 8, 8)
      .fill(vendorColor(v.colorIndex).color)
      .restore();
    w.text(name, { x: x + 12, y, width: width - 12, size: SIZE.small });
    x += width;
  }
  w.y = y + 16;
}

/** Radar: one axis per section, rings every 25 points, one outline per vendor. */
export function drawRadar(w: Writer, model: ReportModel, size: number) {
  const doc = w.doc;
  const sections = model.sections;
  const top = w.y;
  const cx = PAGE.left + CONTENT_WIDTH / 2;
  const cy = top + size / 2;
  const r = size / 2 - 42;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, sections.length);
  const at = (i: number, value: number): [number, number] => [
    cx + ((r * value) / 100) * Math.cos(angle(i)),
    cy + ((r * value) / 100) * Math.sin(angle(i)),
  ];
  doc.save().lineWidth(0.6).strokeColor(RULE);
  for (const t of TICKS.slice(1)) doc.polygon(...sections.map((_, i) => at(i, t))).stroke();
  sections.forEach((_, i) =>
    doc
      .moveTo(cx, cy)
      .lineTo(...at(i, 100))
      .stroke(),
  );
  doc.restore();
  sections.forEach((sec, i) => {
    const [lx, ly] = at(i, 118);
    label(w, sec.title, lx, ly - 4, { size: 7, align: "center", width: 90 });
  });
  for (const t of TICKS.slice(1))
    label(w, String(t), cx + 2, cy - (r * t) / 100 - 7, { size: 5.5, color: MUTED, width: 20 });
  for (const v of model.vendors) {
    const points = sections
      .map((sec, i) => ({ i, score: scoreOf(v, sec.key) }))
      .filter((p) => p.score !== null);
    if (points.length === 0) continue;
    const { color, dash } = vendorColor(v.colorIndex);
    doc.save().lineWidth(1.4).strokeColor(color);
    const pattern = dashOf(dash);
    if (pattern) doc.dash(pattern as unknown as number, {}); // pdfkit takes a list too; its types say number
    points.forEach((p, k) => (k ? doc.lineTo(...at(p.i, p.score!)) : doc.moveTo(...at(p.i, p.score!))));
    if (points.length === sections.length) doc.closePath().fillColor(color, 0.06).fillAndStroke();
    else doc.stroke();
    doc.restore();
  }
  w.y = top + size;
}

/** Grouped bars: one group per section, one bar per vendor, value printed above each bar. */
export function drawBars(w: Writer, model: ReportModel, height: number) {
  const doc = w.doc;
  const width = CONTENT_WIDTH;
  const top0 = w.y;
  const left = PAGE.left + 26,
    top = top0 + 10,
    bottom = 24;
  const plotH = height - 10 - bottom;
  const groups = model.sections.length;
  const groupW = (PAGE.left + width - 4 - left) / Math.max(1, groups);
  const barW = Math.min(18, (groupW - 10) / Math.max(1, model.vendors.length));
  const y = (v: number) => top + plotH - (plotH * v) / 100;
  const labels = model.vendors.length <= 8;
  for (const t of TICKS) {
    doc
      .save()
      .lineWidth(0.5)
      .strokeColor(RULE)
      .moveTo(left, y(t))
      .lineTo(PAGE.left + width - 4, y(t))
      .stroke()
      .restore();
    label(w, String(t), left - 4, y(t) - 3.5, { size: 6, color: MUTED, align: "right", width: 24 });
  }
  model.sections.forEach((sec, gi) => {
    const x0 = left + gi * groupW + (groupW - barW * model.vendors.length) / 2;
    model.vendors.forEach((v, vi) => {
      const score = scoreOf(v, sec.key);
      if (score === null) return;
      const x = x0 + vi * barW;
      doc
        .save()
        .rect(x + 0.5, y(score), barW - 1, Math.max(0.5, y(0) - y(score)))
        .fill(vendorColor(v.colorIndex).color)
        .restore();
      if (labels)
        label(w, formatScore(score), x + barW / 2, y(score) - 8, { size: 5.5, align: "center", width: 24 });
    });
    label(w, sec.title, left + gi * groupW + groupW / 2, top0 + height - 14, {
      size: 7,
      align: "center",
      width: groupW - 4,
    });
  });
  w.y = top0 + height;
}
