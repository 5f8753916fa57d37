import { criterionRows, displayValue, evidenceText, pct, ratioPct, stateLabel, vendorName } from "./rows";
import { EVALUATION_READINESS_HEADER, evaluationReadinessRows } from "./readiness";
import type { EvaluationExportInput } from "./types";
import { addPairs, addTable, newWorkbook, sheetName, workbookBytes, type Cell } from "./xlsx-cells";
import { addReadinessSheet } from "./xlsx-readiness";

const SECTION_HEADER = [
  "Criterion",
  "Title",
  "Status",
  "Consensus",
  "Source",
  "Spread",
  "Disagreement",
  "Carried over",
  "Agreed reason",
  "Reviewer",
  "Score",
  "Rationale",
  "Evidence",
];

/** A Summary sheet, then one sheet per section with every visible review, then Readiness. */
export async function evaluationXlsx({
  data,
  summary,
  generatedAt,
  readiness,
}: EvaluationExportInput): Promise<Uint8Array> {
  const wb = newWorkbook(generatedAt);
  const vendor = data.vendors[0];
  const ws = wb.addWorksheet("Summary");
  addPairs(ws, [
    ["Framework", vendorName(vendor.framework)],
    ["Catalogue", `${data.catalogue.title} (${data.catalogue.slug})`],
    ["Catalogue version", data.catalogue.version],
    ["Status", vendor.status.replace("_", " ")],
    ["Weight profile", summary.profile.name],
    ["Overall", summary.overall === null ? "hidden (blind sections)" : pct(summary.overall)],
    ["Coverage %", ratioPct(summary.coverage)],
    ["Agreement (α ordinal)", summary.alpha === null ? "" : Math.round(summary.alpha * 1000) / 1000],
    ["Agreement", summary.alphaLabel],
    ["Knocked out", summary.disqualified === null ? "" : summary.disqualified ? "yes" : "no"],
    ["Generated", generatedAt],
  ]);
  ws.addRow([]);
  addTable(
    ws,
    ["Section", "Title", "Score", "Coverage %", "Weight", "α", "Agreement", "Disagreements", "Submitted by"],
    summary.sections.map((s): Cell[] => [
      s.key,
      s.title,
      s.hidden ? "blind" : pct(s.score),
      s.hidden ? "" : ratioPct(s.coverage),
      s.weight,
      s.alpha === null ? "" : Math.round(s.alpha * 1000) / 1000,
      s.hidden ? "" : s.alphaLabel,
      s.disagreements,
      s.submittedBy,
    ]),
  );
  if (summary.knockouts.length > 0) {
    ws.addRow([]);
    addTable(
      ws,
      ["Knock-out criterion", "Threshold", "Consensus", "Status"],
      summary.knockouts.map((k) => [k.criterionKey, k.threshold, displayValue(k.value), k.status]),
    );
  }
  const rows = criterionRows(data, vendor);
  for (const section of data.sections) {
    const sheet = wb.addWorksheet(sheetName(wb, `${section.key} ${section.title}`));
    const lines: Cell[][] = [];
    for (const r of rows.filter((x) => x.sectionKey === section.key)) {
      const c = r.cell;
      const head: Cell[] = [
        r.key,
        r.title,
        stateLabel[r.state] || "visible",
        displayValue(c?.value),
        c?.source,
        c?.spread,
        c ? (c.disagreement ? "yes" : "no") : "",
        c ? (c.carriedOver ? "yes" : "no") : "",
        c?.agreedReason,
      ];
      if (!c || c.reviews.length === 0) lines.push([...head, "", "", "", ""]);
      else
        for (const rv of c.reviews)
          lines.push([...head, rv.reviewer, displayValue(rv.value), rv.rationale, evidenceText(rv.evidence)]);
    }
    addTable(sheet, SECTION_HEADER, lines, 1);
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  }
  addReadinessSheet(
    wb,
    readiness ? { header: EVALUATION_READINESS_HEADER, rows: evaluationReadinessRows(readiness) } : null,
  );
  return workbookBytes(wb);
}
