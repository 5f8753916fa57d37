import { comparisonReadinessTable } from "./readiness";
import { displayValue, pct, rankedVendors, ratioPct, vendorName } from "./rows";
import type { ComparisonExportInput } from "./types";
import { addPairs, addTable, newWorkbook, workbookBytes, type Cell } from "./xlsx-cells";
import { addReadinessSheet } from "./xlsx-readiness";

/** Summary (ranking, overall, section scores per vendor), Criteria (criteria × vendors), Readiness. */
export async function comparisonXlsx({
  data,
  summary,
  generatedAt,
  readiness,
}: ComparisonExportInput): Promise<Uint8Array> {
  const wb = newWorkbook(generatedAt);
  const ranked = summary.vendors.map((sv) => ({
    sv,
    v: data.vendors.find((v) => v.evaluationId === sv.evaluationId)!,
  }));
  const names = ranked.map(({ v }) => vendorName(v.framework));
  const ws = wb.addWorksheet("Summary");
  addPairs(ws, [
    ["Catalogue", `${data.catalogue.title} (${data.catalogue.slug})`],
    ["Catalogue version", data.catalogue.version],
    ["Weight profile", summary.profile.name],
    ["Generated", generatedAt],
  ]);
  ws.addRow([]);
  addTable(
    ws,
    ["Rank", "Framework", "Overall", "Coverage %", "Knocked out", "Failed knock-outs", "Blind sections"],
    ranked.map(({ sv }, i): Cell[] => [
      sv.rank,
      names[i],
      pct(sv.overall),
      ratioPct(sv.coverage),
      sv.knockedOut ? "yes" : "no",
      sv.knockouts.join(", "),
      sv.hiddenSections.join(", "),
    ]),
  );
  ws.addRow([]);
  addTable(
    ws,
    ["Section", "Title", ...names],
    data.sections.map((s): Cell[] => [
      s.key,
      s.title,
      ...ranked.map(({ sv }) =>
        sv.hiddenSections.includes(s.key) ? "blind" : pct(sv.sections.find((x) => x.key === s.key)?.score),
      ),
    ]),
  );

  const criteria = wb.addWorksheet("Criteria");
  const lines: Cell[][] = [];
  for (const s of data.sections) {
    for (const c of s.criteria) {
      lines.push([
        s.key,
        c.key,
        c.title,
        ...ranked.map(({ v }) => {
          const st = v.sections.find((x) => x.key === s.key);
          if (!st?.inScope) return "out of scope";
          if (st.hidden) return "blind";
          return displayValue(v.cells[c.key]?.value);
        }),
      ]);
    }
  }
  addTable(criteria, ["Section", "Criterion", "Title", ...names], lines, 1);
  criteria.views = [{ state: "frozen", xSplit: 3, ySplit: 1 }];
  addReadinessSheet(wb, readiness ? comparisonReadinessTable(readiness, rankedVendors(data, summary)) : null);
  return workbookBytes(wb);
}
