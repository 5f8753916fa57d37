import { Link, Text, View } from "@react-pdf/renderer";
import { STATE_TEXT } from "./details";
import { formatAlpha, formatConsensus, formatReviewerScore, gradeLabel } from "./format";
import type { ReportCell, ReportCriterion, ReportModel, ReportVendor } from "./model";
import { DANGER, MUTED, s } from "./styles";

export interface DetailPart { sectionKey: string; criteria: ReportCriterion[]; continued: boolean }
export interface DetailChunk { first: boolean; parts: DetailPart[] }

// react-pdf paginates one <Page> element in time that grows with the square of its content,
// so the details (the bulk of a large comparison) go out as several page elements of about
// CHUNK_LINES estimated lines each, starting a new sheet only at those seams.
const CHUNK_LINES = 160;
const linesOf = (c: ReportCriterion) => 3 + c.cells.reduce((n, x) => n + (x.cell ? 2 + x.cell.reviews.reduce((m, r) => m + 1 + r.evidence.length + Math.floor(r.rationale.length / 120), 0) : 0), 0);

export function detailChunks(model: ReportModel): DetailChunk[] {
  const chunks: DetailChunk[] = [];
  let chunk: DetailChunk = { first: true, parts: [] };
  let lines = 0;
  for (const sec of model.sections) {
    let part: DetailPart = { sectionKey: sec.key, criteria: [], continued: false };
    chunk.parts.push(part);
    lines += 2 + model.vendors.length;
    for (const c of sec.criteria.filter((x) => x.cells.some((y) => y.cell))) {
      if (lines + linesOf(c) > CHUNK_LINES && chunk.parts.some((p) => p.criteria.length)) {
        chunks.push(chunk);
        part = { sectionKey: sec.key, criteria: [], continued: true };
        chunk = { first: false, parts: [part] };
        lines = 0;
      }
      part.criteria.push(c);
      lines += linesOf(c);
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
  return (
    <View>
      <Text style={s.h3}>{sec.title}{part.continued ? " (continued)" : ""}</Text>
      {!part.continued && model.vendors.map((v) => {
        const st = v.sections.find((x) => x.key === sec.key)!;
        return st.state === "hidden" || st.state === "out_of_scope"
          ? <Text key={v.id} style={[s.small, s.muted]}>{v.label}: {STATE_TEXT[st.state]}.</Text>
          : <Text key={v.id} style={[s.small, s.muted]}>{v.label}: agreement α {formatAlpha(st.alpha)} ({st.alphaLabel}), {st.submittedBy} reviewer(s) submitted.</Text>;
      })}
      {part.criteria.map((c) => (
        <View key={c.key} style={s.box}>
          <Text style={s.bold}>{c.key} {c.title}</Text>
          <Text style={[s.small, s.muted]}>Weight {c.weight}{c.knockoutThreshold !== null ? ` · knock-out below ${c.knockoutThreshold}` : ""}</Text>
          {c.cells.filter((x) => x.cell).map((x) => <VendorCell key={x.vendorId} vendor={model.vendors.find((v) => v.id === x.vendorId)!} cell={x.cell!} />)}
        </View>
      ))}
    </View>
  );
}

// Reviewer names arrive already replaced by "Reviewer n" when the share link hides them.
function VendorCell({ vendor, cell }: { vendor: ReportVendor; cell: ReportCell }) {
  const flags = [
    cell.source === "agreed" ? "agreed value" : "median",
    cell.spread !== null ? `spread ${cell.spread}` : null,
    cell.disagreement ? "DISAGREEMENT" : null,
    cell.lowConfidence ? "low confidence (vendor claims only)" : null,
    cell.carriedOver ? "carried over" : null,
  ].filter(Boolean).join(" · ");
  return (
    <View style={{ marginTop: 4 }}>
      <Text>
        <Text style={s.bold}>{vendor.label}: {formatConsensus(cell.value)}</Text>
        <Text style={[s.small, { color: cell.disagreement ? DANGER : MUTED }]}> ({flags})</Text>
      </Text>
      {cell.agreedReason ? <Text style={s.small}>Agreed because: {cell.agreedReason}</Text> : null}
      {cell.reviews.map((r, i) => (
        <View key={i} style={{ marginLeft: 8, marginTop: 2 }}>
          <Text style={s.small}>
            <Text style={s.bold}>{r.reviewer}: {formatReviewerScore(r.value)}</Text>
            {r.rationale ? ` — ${r.rationale}` : ""}
          </Text>
          {r.evidence.map((e, j) => (
            <Text key={j} style={[s.small, { marginLeft: 8 }]}>
              {e.href ? <Link src={e.href} style={s.link}>{e.text}</Link> : <Text>{e.text}</Text>}
              <Text style={s.muted}> ({gradeLabel(e.grade)})</Text>
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
