import { Link, Text, View } from "./primitives";
import { STATE_TEXT } from "./details";
import { formatAlpha, formatConsensus, formatReviewerScore, gradeLabel } from "./format";
import type { ReportCell, ReportCriterion, ReportModel, ReportVendor } from "./model";
import { DANGER, s } from "./styles";
import { scriptFont } from "./fonts";

export interface DetailPart { sectionKey: string; criteria: ReportCriterion[]; continued: boolean }
export interface DetailChunk { first: boolean; parts: DetailPart[] }

/*
 * react-pdf paginates a <Page> element by splitting it sheet by sheet and laying out all
 * that remains again after each split, so its time grows with the square of the element's
 * length. The details (the bulk of a large comparison) therefore go out as page elements
 * that each fill about one sheet, by an estimate in points: a seam starts a new sheet, and
 * an element that overflows still flows onto the next one, so the estimate only sets how
 * full the sheets are. Kept below a full sheet, since an overflow leaves a nearly empty one.
 */
const SHEET_BUDGET = 740; // of 746 pt between the running header and footer (the estimate runs a little high)
const LINE = 9.75; // small print: 7.5 pt × LINE_HEIGHT
export const LINE_HEIGHT = 1.3;
const CHARS_PER_LINE = 140; // 7.5 pt Noto Sans across the box, measured on rendered reports
const reviewChars = (r: ReportCell["reviews"][number]) => 12 + r.reviewer.length + r.rationale.length + r.evidence.reduce((n, e) => n + e.text.length + 18, 0);
// The consensus line runs on into the first reviewer; each further reviewer starts a line.
const cellHeight = (label: string, cell: ReportCell) => {
  const [first, ...rest] = cell.reviews;
  const head = label.length + 60 + (cell.agreedReason ? 18 + cell.agreedReason.length : 0) + (first ? reviewChars(first) : 0);
  return 2 + LINE * (Math.ceil(head / CHARS_PER_LINE) + rest.reduce((m, r) => m + Math.ceil(reviewChars(r) / CHARS_PER_LINE), 0));
};
const heightOf = (c: ReportCriterion, label: Map<string, string>) => 28 + c.cells.reduce((n, x) => n + (x.cell ? cellHeight(label.get(x.vendorId)!, x.cell) : 0), 0);

export function detailChunks(model: ReportModel): DetailChunk[] {
  const chunks: DetailChunk[] = [];
  let chunk: DetailChunk = { first: true, parts: [] };
  const label = new Map(model.vendors.map((v) => [v.id, v.label]));
  let used = 30; // the part's heading
  for (const sec of model.sections) {
    let part: DetailPart = { sectionKey: sec.key, criteria: [], continued: false };
    chunk.parts.push(part);
    used += 28 + LINE * model.vendors.length;
    for (const c of sec.criteria.filter((x) => x.cells.some((y) => y.cell))) {
      if (used + heightOf(c, label) > SHEET_BUDGET && chunk.parts.some((p) => p.criteria.length)) {
        chunks.push(chunk);
        part = { sectionKey: sec.key, criteria: [], continued: true };
        chunk = { first: false, parts: [part] };
        used = 28;
      }
      part.criteria.push(c);
      used += heightOf(c, label);
    }
  }
  chunks.push(chunk);
  return chunks;
}

/** One chunk of "Criteria in detail": each vendor's consensus, reviewers' scores, rationale and evidence. */
export function CriterionDetails({ model, chunk }: { model: ReportModel; chunk: DetailChunk }) {
  return (
    <View id={chunk.first ? "criteria" : undefined}>
      {chunk.first && <Text style={s.h2}>4. Criteria in detail</Text>}
      {chunk.parts.map((part) => <SectionDetails key={part.sectionKey} model={model} part={part} />)}
    </View>
  );
}

function SectionDetails({ model, part }: { model: ReportModel; part: DetailPart }) {
  const sec = model.sections.find((x) => x.key === part.sectionKey)!;
  // The vendors' agreement lines as one paragraph: one text node instead of one per vendor.
  const agreement = model.vendors.map((v) => {
    const st = v.sections.find((x) => x.key === sec.key)!;
    return st.state === "hidden" || st.state === "out_of_scope"
      ? `${v.label}: ${STATE_TEXT[st.state]}.`
      : `${v.label}: agreement α ${formatAlpha(st.alpha)} (${st.alphaLabel}), ${st.submittedBy} reviewer(s) submitted.`;
  });
  return (
    <View>
      <Text style={[s.h3, scriptFont(sec.title)]}>{sec.title}{part.continued ? " (continued)" : ""}</Text>
      {!part.continued && <Text style={[s.small, s.muted, { lineHeight: LINE_HEIGHT }, scriptFont(...agreement)]}>{agreement.join("\n")}</Text>}
      {part.criteria.map((c) => (
        <View key={c.key} style={[s.box, { padding: 4 }]}>
          <Text style={scriptFont(c.title)}>
            <Text style={s.bold}>{c.key} {c.title}</Text>
            <Text style={[s.small, s.muted]}>  · weight {c.weight}{c.knockoutThreshold !== null ? ` · knock-out below ${c.knockoutThreshold}` : ""}</Text>
          </Text>
          {c.cells.filter((x) => x.cell).map((x) => <VendorCell key={x.vendorId} vendor={model.vendors.find((v) => v.id === x.vendorId)!} cell={x.cell!} />)}
        </View>
      ))}
    </View>
  );
}

const cellTexts = (vendor: ReportVendor, cell: ReportCell) =>
  [vendor.label, cell.agreedReason, ...cell.reviews.flatMap((r) => [r.reviewer, r.rationale, ...r.evidence.map((e) => e.text)])];

/*
 * One vendor's cell as one paragraph of nested spans — consensus and flags, then each
 * reviewer in turn with score, rationale and evidence inline — layout cost in react-pdf grows with the number of
 * nodes and lines (each page split re-lays out what follows); this keeps every fact in as
 * few lines as the text needs.
 * Reviewer names arrive already replaced by "Reviewer n" when the share link hides them.
 */
function VendorCell({ vendor, cell }: { vendor: ReportVendor; cell: ReportCell }) {
  const flags = [
    cell.source === "agreed" ? "agreed value" : "median",
    cell.spread !== null ? `spread ${cell.spread}` : null,
    cell.disagreement ? "DISAGREEMENT" : null,
    cell.lowConfidence ? "low confidence (vendor claims only)" : null,
    cell.carriedOver ? "carried over" : null,
  ].filter(Boolean).join(" · ");
  // Few runs on purpose: every change of style, and every separate child, starts a text run,
  // and each run costs a shaping call and a font switch when drawn. So plain text between
  // the bold names, the links and a red disagreement is joined into one string.
  const parts: Piece[] = [];
  parts.push(cell.disagreement ? { text: ` (${flags})`, style: { color: DANGER } } : ` (${flags})`);
  if (cell.agreedReason) parts.push(`. Agreed because: ${cell.agreedReason}`);
  cell.reviews.forEach((r, i) => {
    parts.push(i === 0 ? ".  " : "\n", { text: `${r.reviewer}: ${formatReviewerScore(r.value)}`, style: s.bold });
    if (r.rationale) parts.push(` — ${r.rationale}`);
    for (const e of r.evidence) parts.push(" · ", e.href ? { text: e.text, href: e.href } : e.text, ` (${gradeLabel(e.grade)})`);
  });
  return (
    <Text style={[s.small, { marginTop: 2, lineHeight: LINE_HEIGHT }, scriptFont(...cellTexts(vendor, cell))]}>
      <Text style={[s.bold, { fontSize: 8.5 }]}>{vendor.label}: {formatConsensus(cell.value)}</Text>
      {joinPlain(parts).map((p, i) => (typeof p === "string" ? p : p.href ? <Link key={i} src={p.href} style={s.link}>{p.text}</Link> : <Text key={i} style={p.style}>{p.text}</Text>))}
    </Text>
  );
}

type Piece = string | { text: string; style?: typeof s.bold | { color: string }; href?: string };

/** Adjacent plain strings merged into one, so they make one text run. */
function joinPlain(parts: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of parts) {
    if (typeof p === "string" && typeof out[out.length - 1] === "string") out[out.length - 1] += p;
    else out.push(p);
  }
  return out;
}
