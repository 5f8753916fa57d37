import Papa from "papaparse";
import { READINESS_DISCLAIMER } from "../compare/readiness-figures";
import { comparisonReadinessTable, EVALUATION_READINESS_HEADER, evaluationReadinessRows } from "./readiness";
import {
  criterionRows,
  displayValue,
  evidenceText,
  pct,
  rankedVendors,
  ratioPct,
  stateLabel,
  vendorName,
} from "./rows";
import type { ComparisonExportInput, EvaluationExportInput } from "./types";

// A BOM so Excel reads UTF-8; escapeFormulae quotes cells starting with = + - @ (CSV injection:
// a rationale like "=HYPERLINK(…)" must stay text when a reviewer opens the file).
const unparse = (fields: string[], data: Array<Array<string | number>>) =>
  `\ufeff${Papa.unparse({ fields, data }, { escapeFormulae: true })}\r\n`;

const EVALUATION_FIELDS = [
  "Section",
  "Criterion",
  "Title",
  "Status",
  "Consensus",
  "Consensus source",
  "Reviewer",
  "Score",
  "N/A",
  "Rationale",
  "Evidence",
  "Disagreement",
  "Carried over",
];

/** One row per criterion × reviewer; a criterion nobody (visible) scored still gets one row. */
export function evaluationCsv({ data }: EvaluationExportInput): string {
  const lines: Array<Array<string | number>> = [];
  for (const row of criterionRows(data, data.vendors[0])) {
    const head = [row.sectionKey, row.key, row.title, stateLabel[row.state]];
    const cell = row.cell;
    if (!cell) {
      lines.push([...head, "", "", "", "", "", "", "", "", ""]);
      continue;
    }
    const common = [displayValue(cell.value), cell.source];
    const tail = [cell.disagreement ? "yes" : "no", cell.carriedOver ? "yes" : "no"];
    if (cell.reviews.length === 0) lines.push([...head, ...common, "", "", "", "", "", ...tail]);
    for (const r of cell.reviews) {
      lines.push([
        ...head,
        ...common,
        r.reviewer,
        r.value === "na" ? "" : displayValue(r.value),
        r.value === "na" ? "yes" : "no",
        r.rationale,
        evidenceText(r.evidence),
        ...tail,
      ]);
    }
  }
  return unparse(EVALUATION_FIELDS, lines);
}

/**
 * Criteria × vendors (in ranking order), each section preceded by its score row, then the
 * overall score and knock-outs. "blind" marks a section the caller has not submitted yet.
 */
export function comparisonCsv({ data, summary }: ComparisonExportInput): string {
  const vendors = summary.vendors.map((sv) => ({
    sv,
    v: data.vendors.find((v) => v.evaluationId === sv.evaluationId)!,
  }));
  const lines: Array<Array<string | number>> = [];
  for (const section of data.sections) {
    lines.push([
      section.key,
      "",
      `${section.title} (section score, ${summary.profile.name})`,
      ...vendors.map(({ sv }) =>
        sv.hiddenSections.includes(section.key)
          ? "blind"
          : pct(sv.sections.find((s) => s.key === section.key)?.score),
      ),
    ]);
    for (const c of section.criteria) {
      lines.push([
        section.key,
        c.key,
        c.title,
        ...vendors.map(({ v }) => {
          const state = v.sections.find((s) => s.key === section.key);
          if (!state?.inScope) return "out of scope";
          return state.hidden ? "blind" : displayValue(v.cells[c.key]?.value);
        }),
      ]);
    }
  }
  lines.push(["", "", `Overall (${summary.profile.name})`, ...vendors.map(({ sv }) => pct(sv.overall))]);
  lines.push(["", "", "Coverage %", ...vendors.map(({ sv }) => ratioPct(sv.coverage))]);
  lines.push(["", "", "Rank", ...vendors.map(({ sv }) => sv.rank)]);
  lines.push([
    "",
    "",
    "Knocked out",
    ...vendors.map(({ sv }) => (sv.knockedOut ? `yes: ${sv.knockouts.join(", ")}` : "no")),
  ]);
  return unparse(
    ["Section", "Criterion", "Title", ...vendors.map(({ v }) => vendorName(v.framework))],
    lines,
  );
}

/*
 * Readiness is its own CSV (`kind=readiness`): a CSV holds one table, and the scores table's
 * columns (criterion × reviewer, or criteria × vendors) are not the readiness table's (target
 * requirements). The disclaimer is the last row, where a sort or filter leaves it alone.
 */
const withNote = (width: number, lines: Array<Array<string | number>>) => [
  ...lines,
  [`Note: ${READINESS_DISCLAIMER}`, ...Array<string>(width - 1).fill("")],
];

/** One row per target requirement of every crosswalk, each target led by its catalogue row. */
export function evaluationReadinessCsv({ readiness = [] }: EvaluationExportInput): string {
  const header = EVALUATION_READINESS_HEADER;
  return unparse(header, withNote(header.length, evaluationReadinessRows(readiness)));
}

/** Target requirements × vendors (readiness columns, then coverage columns), vendors ranked. */
export function comparisonReadinessCsv({ data, summary, readiness = [] }: ComparisonExportInput): string {
  const { header, rows } = comparisonReadinessTable(readiness, rankedVendors(data, summary));
  return unparse(header, withNote(header.length, rows));
}
