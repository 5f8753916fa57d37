import { formatConsensus, formatCoverage, formatScore, NO_SCORE } from "./format";
import { partHeading } from "./parts";
import type { ReportCell, ReportModel, ReportVendor, SectionState } from "./model";
import { MUTED, SIZE, STRIPE } from "./styles";
import { drawTable } from "./table";
import type { Writer } from "./writer";

const COLUMNS = 6;
export const chunks = <T>(list: T[], n: number) =>
  Array.from({ length: Math.ceil(list.length / n) }, (_, i) => list.slice(i * n, i * n + n));

export const STATE_TEXT: Record<Exclude<SectionState, "scored">, string> = {
  unscored: "not scored yet",
  hidden: "blind until the reader submits this section",
  out_of_scope: "out of scope",
};

function cellText(state: SectionState, cell: ReportCell | null) {
  if (state === "hidden") return "blind";
  if (state === "out_of_scope") return "out of scope";
  if (!cell) return NO_SCORE;
  return `${formatConsensus(cell.value)}${cell.source === "agreed" ? " ✓" : ""}${cell.disagreement ? " !" : ""}`;
}

/** Per section: its score per vendor, then criteria × vendors consensus, 6 vendors per table. */
export function drawSectionTables(w: Writer, model: ReportModel) {
  w.heading(partHeading(model, "sections"), 2, { destination: "sections" });
  w.text(
    `Consensus on the 0–${model.catalogue.max} scale (median of the submitted reviewers; ✓ agreed value; ! reviewers disagree by 2 or more). Section scores 0–100 with coverage.`,
    { size: SIZE.small, color: MUTED, after: 4 },
  );
  for (const sec of model.sections) {
    w.heading(`${sec.title} · weight ${sec.weight}`, 3, { keepWith: 60 });
    if (noneShown(model, sec.key)) {
      w.text(
        `No scores to show: ${model.vendors.map((v) => `${v.label} ${stateOf(v, sec.key) === "hidden" ? "blind" : "out of scope"}`).join(", ")}.`,
        { size: SIZE.small, color: MUTED, after: 6 },
      );
      continue;
    }
    for (const group of chunks(model.vendors, COLUMNS)) {
      drawTable(
        w,
        [
          { header: "Criterion" },
          ...group.map((v) => ({ header: v.label, width: 62, align: "right" as const })),
        ],
        [
          {
            cells: ["Section score (0–100)", ...group.map((v) => sectionText(v, sec.key, "score"))],
            weight: "bold",
            shade: STRIPE,
          },
          { cells: ["Coverage", ...group.map((v) => sectionText(v, sec.key, "coverage"))] },
          ...sec.criteria.map((c) => ({
            cells: [
              `${c.key} ${c.title}${c.knockoutThreshold !== null ? ` (knock-out below ${c.knockoutThreshold})` : ""}`,
              ...group.map((v) => {
                const cell = c.cells.find((x) => x.vendorId === v.id)!;
                return cellText(cell.state, cell.cell);
              }),
            ],
          })),
        ],
        { size: 8 },
      );
    }
  }
}

const stateOf = (v: ReportVendor, key: string) =>
  v.sections.find((x) => x.key === key)?.state ?? "out_of_scope";
// A section that no vendor shows (out of scope or blind everywhere) gets one line, not a table of dashes.
const noneShown = (model: ReportModel, key: string) =>
  model.vendors.every((v) => ["hidden", "out_of_scope"].includes(stateOf(v, key)));

function sectionText(v: ReportVendor, key: string, what: "score" | "coverage") {
  const sec = v.sections.find((x) => x.key === key)!;
  if (sec.state === "hidden") return "blind";
  if (sec.state === "out_of_scope") return "out of scope";
  return what === "score" ? formatScore(sec.score) : formatCoverage(sec.coverage);
}
