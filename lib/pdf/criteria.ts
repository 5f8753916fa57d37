import { STATE_TEXT } from "./details";
import { formatAlpha, formatConsensus, formatReviewerScore, gradeLabel } from "./format";
import { partHeading } from "./parts";
import type { ReportCell, ReportModel, ReportVendor } from "./model";
import { ACCENT, CONTENT_WIDTH, DANGER, MUTED, PAGE, SIZE } from "./styles";
import { yieldToEventLoop, type Span, type Writer } from "./writer";

const INDENT = 6;
// Small print sits tighter than the body (Noto's line box is 1.36 em).
const TIGHT = -1;

/** "Criteria in detail": per criterion, each vendor's consensus, reviewers' scores, rationale and evidence. */
export async function drawCriterionDetails(w: Writer, model: ReportModel) {
  w.heading(partHeading(model, "criteria"), 2, { destination: "criteria" });
  const byId = new Map(model.vendors.map((v) => [v.id, v]));
  for (const sec of model.sections) {
    await yieldToEventLoop();
    const criteria = sec.criteria.filter((c) => c.cells.some((x) => x.cell));
    w.heading(sec.title, 3, { keepWith: 60 });
    const agreement = model.vendors.map((v) => {
      const st = v.sections.find((x) => x.key === sec.key)!;
      return st.state === "hidden" || st.state === "out_of_scope"
        ? `${v.label}: ${STATE_TEXT[st.state]}.`
        : `${v.label}: agreement α ${formatAlpha(st.alpha)} (${st.alphaLabel}), ${st.submittedBy} reviewer(s) submitted.`;
    });
    w.text(agreement.join("\n"), { size: SIZE.small, color: MUTED, lineGap: TIGHT, after: 4 });
    for (const c of criteria) {
      // A criterion's heading never sits alone at the foot of a page.
      w.ensure(34);
      w.rule();
      w.gap(3);
      w.text(
        [
          { text: `${c.key} ${c.title}`, weight: "bold" },
          {
            text: `  · weight ${c.weight}${c.knockoutThreshold !== null ? ` · knock-out below ${c.knockoutThreshold}` : ""}`,
            size: SIZE.small,
            color: MUTED,
          },
        ],
        { after: 1 },
      );
      for (const x of c.cells) if (x.cell) drawCell(w, byId.get(x.vendorId)!, x.cell);
      w.gap(4);
    }
  }
}

/*
 * One vendor's cell as one paragraph — consensus and flags, then each reviewer in turn with
 * score, rationale and evidence — so every fact takes only the lines its text needs.
 * Reviewer names arrive already replaced by "Reviewer n" when the share link hides them.
 */
function drawCell(w: Writer, vendor: ReportVendor, cell: ReportCell) {
  const flags = [
    cell.source === "agreed" ? "agreed value" : "median",
    cell.spread !== null ? `spread ${cell.spread}` : null,
    cell.disagreement ? "DISAGREEMENT" : null,
    cell.lowConfidence ? "low confidence (vendor claims only)" : null,
    cell.carriedOver ? "carried over" : null,
  ]
    .filter(Boolean)
    .join(" · ");
  const spans: Span[] = [
    { text: `${vendor.label}: ${formatConsensus(cell.value)}`, weight: "bold", size: 8.5 },
    { text: ` (${flags})`, color: cell.disagreement ? DANGER : undefined },
  ];
  if (cell.agreedReason) spans.push({ text: `. Agreed because: ${cell.agreedReason}` });
  cell.reviews.forEach((r, i) => {
    spans.push(
      { text: i === 0 ? ".  " : "\n" },
      { text: `${r.reviewer}: ${formatReviewerScore(r.value)}`, weight: "bold" },
    );
    if (r.rationale) spans.push({ text: ` — ${r.rationale}` });
    for (const e of r.evidence) {
      spans.push({ text: " · " }, e.href ? { text: e.text, href: e.href, color: ACCENT } : { text: e.text }, {
        text: ` (${gradeLabel(e.grade)})`,
      });
    }
  });
  w.text(joinPlain(spans), {
    x: PAGE.left + INDENT,
    width: CONTENT_WIDTH - INDENT,
    size: SIZE.small,
    lineGap: TIGHT,
    after: 2,
  });
}

/** Adjacent unstyled spans merged: fewer font switches and text operations in the PDF. */
function joinPlain(spans: Span[]): Span[] {
  const out: Span[] = [];
  const plain = (s: Span | undefined) => s && !s.weight && !s.color && !s.size && !s.href && !s.goTo;
  for (const s of spans) {
    const last = out[out.length - 1];
    if (plain(s) && plain(last)) out[out.length - 1] = { text: last.text + s.text };
    else out.push(s);
  }
  return out;
}
