import { COVERAGE_LABEL, readinessText, type CoverageCounts } from "../compare/readiness-figures";
import type { Coverage } from "../scoring/readiness";
import { chunks } from "./details";
import type { ReportModel } from "./model";
import { partHeading } from "./parts";
import type { ReportReadiness, ReportTarget } from "./readiness-model";
import { CONTENT_WIDTH, MUTED, SIZE } from "./styles";
import { drawTable, type Column } from "./table";
import { clip, type Writer } from "./writer";

/*
 * "Regulatory readiness": the crosswalks' figures as the reader may see them (the services
 * compute them with the blind rule; nothing here reads a score). The wording follows
 * product.md "Crosswalks" and lib/scoring/readiness.ts; change them together.
 */
const EXPLAINED =
  "Readiness of a target requirement = Σ c / (n × max) × 100 over the OWASP criteria mapped to it that are applicable and scored (c = consensus, n = their count); a catalogue's readiness is the mean over its assessed requirements. Coverage: full, an equivalent or superset link contributes; partial, only subset or intersects links do; not assessed, nothing mapped is scored yet (sections still blind to the reader count as unscored); not assessed by this catalogue, no OWASP criterion speaks to it: listed, never counted as 0.";

// Matrix marks: letters and dashes the body font draws, explained under each matrix.
const MARK: Record<Coverage, string> = { full: "F", partial: "P", not_assessed: "–", not_in_catalogue: "×" };
const LEGEND =
  "Readiness 0–100 per requirement; F full, P partial coverage; – not assessed; × not assessed by this catalogue.";
const MATRIX_VENDORS = 7;
const VENDOR_WIDTH = 50;

const countColumns: Column[] = [
  { header: "Readiness", width: 50, align: "right" },
  { header: "Full", width: 34, align: "right" },
  { header: "Partial", width: 38, align: "right" },
  { header: "Not assessed", width: 56, align: "right" },
  { header: "Not in catalogue", width: 70, align: "right" },
];
const countCells = (readiness: number | null, c: CoverageCounts) => [
  { text: readinessText(readiness), weight: "bold" as const },
  String(c.full),
  String(c.partial),
  String(c.notAssessed),
  String(c.notInCatalogue),
];

export function drawReadiness(w: Writer, model: ReportModel) {
  const r = model.readiness;
  if (!r) return;
  w.heading(partHeading(model, "readiness"), 2, { destination: "readiness" });
  w.text([{ text: r.disclaimer, weight: "bold" }], { after: 4 });
  w.text(EXPLAINED, { size: SIZE.small, color: MUTED, after: 8 });
  if (model.kind === "evaluation") drawEvaluation(w, r);
  else for (const t of r.targets) drawComparisonTarget(w, t);
}

/** Every fixed text the chapter prints, for the font-coverage test. */
export const READINESS_TEXTS = [EXPLAINED, LEGEND, ...Object.values(MARK)];

function targetHeading(w: Writer, t: ReportTarget) {
  w.heading(`${t.title} (${t.version})`, 3, { keepWith: 80 });
  w.text(`Through the mapping set “${t.mappingSet}”.`, { size: SIZE.small, color: MUTED, after: 3 });
}

function drawEvaluation(w: Writer, r: ReportReadiness) {
  drawTable(
    w,
    [{ header: "Target catalogue" }, ...countColumns],
    r.targets.map((t) => ({
      cells: [`${t.title} (${t.version})`, ...countCells(t.ranking[0].readiness, t.ranking[0].counts)],
    })),
    { size: 8 },
  );
  for (const t of r.targets) {
    targetHeading(w, t);
    const mapped = t.requirements.filter((q) => q.cells[0].coverage !== "not_in_catalogue");
    const outside = t.requirements.filter((q) => q.cells[0].coverage === "not_in_catalogue");
    drawTable(
      w,
      [
        { header: "Requirement", width: 58 },
        { header: "Title" },
        { header: "Coverage", width: 60 },
        { header: "Readiness", width: 46, align: "right" },
        { header: "Contributing criteria", width: 120 },
      ],
      mapped.map((q) => ({
        cells: [
          q.key,
          clip(q.title, 90),
          COVERAGE_LABEL[q.cells[0].coverage],
          readinessText(q.cells[0].readiness).replace(" %", ""),
          q.contributing.join(", ") || "none scored",
        ],
      })),
      { size: 7.5 },
    );
    if (!outside.length) continue;
    w.ensure(40);
    w.text([{ text: `Not assessed by this catalogue (${outside.length})`, weight: "bold" }], {
      size: SIZE.small,
      after: 2,
    });
    w.text(
      outside.map((q) => `${q.key} ${q.title}: ${q.reason || "no OWASP criterion speaks to it"}`).join("\n"),
      { size: SIZE.small, color: MUTED, lineGap: -1, after: 8 },
    );
  }
}

function drawComparisonTarget(w: Writer, t: ReportTarget) {
  targetHeading(w, t);
  drawTable(
    w,
    [{ header: "#", width: 18 }, { header: "Framework" }, ...countColumns],
    t.ranking.map((v, i) => ({
      cells: [v.readiness === null ? "—" : String(i + 1), v.label, ...countCells(v.readiness, v.counts)],
    })),
    { size: 8 },
  );
  // Requirements down the page, vendors across: at most MATRIX_VENDORS columns per table, so
  // any number of vendors fits the width (further vendors get their own table below).
  const columns = t.ranking.map((v, i) => ({ v, i }));
  // Balanced groups (10 vendors: 5 + 5, not 7 + 3).
  const per = Math.ceil(columns.length / Math.ceil(columns.length / MATRIX_VENDORS));
  for (const group of chunks(columns, per)) {
    // The requirement's title is cut to one line of the column the vendors leave.
    const chars = Math.floor((CONTENT_WIDTH - group.length * VENDOR_WIDTH) / 3.8);
    drawTable(
      w,
      [
        { header: "Requirement" },
        ...group.map(({ v }) => ({
          header: clip(v.label, 40),
          width: VENDOR_WIDTH,
          align: "right" as const,
        })),
      ],
      t.requirements.map((q) => ({
        cells: [
          clip(`${q.key} ${q.title}`, chars),
          ...group.map(({ i }) => {
            const c = q.cells[i];
            return c.readiness === null ? MARK[c.coverage] : `${Math.round(c.readiness)} ${MARK[c.coverage]}`;
          }),
        ],
      })),
      { size: 7 },
    );
  }
  w.text(LEGEND, { size: SIZE.small, color: MUTED, after: 10 });
}
