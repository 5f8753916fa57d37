import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { comparisonSummary } from "../compare/summary";
import { GENERATED_AT, sampleData, sampleInput, sampleVendor } from "./sample.fixture";
import { safeCell } from "./xlsx-cells";
import { comparisonXlsx } from "./xlsx-comparison";
import { evaluationXlsx } from "./xlsx-evaluation";

async function open(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const values = (sheet: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
};

describe("evaluation XLSX", () => {
  it("opens back with a Summary sheet and one sheet per section", async () => {
    const wb = await open(await evaluationXlsx(sampleInput()));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "EDGE Edge",
      "GW Gateway core",
      "CLOUD Cloud",
    ]);
    const summary = values(wb.getWorksheet("Summary")!);
    expect(summary).toContainEqual(["Catalogue version", "2016.1"]);
    expect(summary).toContainEqual(["Overall", "hidden (blind sections)"]);
    expect(summary.find((r) => r[0] === "EDGE")).toEqual(expect.arrayContaining(["Edge", 75, 50]));
    expect(summary.find((r) => r[0] === "GW")).toEqual(expect.arrayContaining(["blind"]));
    const edge = values(wb.getWorksheet("EDGE Edge")!);
    expect(edge[0]).toEqual([
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
    ]);
    expect(edge.filter((r) => r[0] === "EDGE-01").map((r) => [r[9], r[10]])).toEqual([
      ["Alan", 2],
      ["Zoe", 4],
    ]);
    expect(edge).toHaveLength(1 + 2 + 1 + 1);
  });

  it("never writes a formula: user text starting with = + - @ stays a quoted string", async () => {
    const wb = await open(await evaluationXlsx(sampleInput()));
    const cells: ExcelJS.Cell[] = [];
    wb.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => cells.push(c))));
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    const texts = cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(texts.filter((t) => /^[=+\-@]/.test(t))).toEqual([]);
    expect(texts).toEqual(
      expect.arrayContaining([
        '\'=HYPERLINK("http://evil.example","click")',
        "'+cmd|' /C calc'!A0",
        "'-no radio",
        "'@not relevant",
      ]),
    );
    expect(safeCell("\tx")).toBe("'\tx");
    expect(safeCell(3)).toBe(3);
  });

  it("shows nothing of a blind section but its criteria", async () => {
    const wb = await open(await evaluationXlsx(sampleInput()));
    expect(values(wb.getWorksheet("GW Gateway core")!)[1]).toEqual([
      "GW-01",
      "TLS",
      "blind until you submit",
    ]);
  });
});

describe("comparison XLSX", () => {
  it("has Summary (ranking and section scores) and Criteria (criteria × vendors)", async () => {
    const data = sampleData([
      sampleVendor(),
      sampleVendor("0190c6a0-0000-7000-8000-000000000002", "Other SDK"),
    ]);
    const wb = await open(
      await comparisonXlsx({ data, summary: comparisonSummary(data, "equal")!, generatedAt: GENERATED_AT }),
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Summary", "Criteria"]);
    const summary = values(wb.getWorksheet("Summary")!);
    expect(summary.find((r) => r[0] === "Rank")).toBeDefined();
    expect(summary.filter((r) => r[0] === 1 || r[0] === 2)).toHaveLength(2);
    const criteria = values(wb.getWorksheet("Criteria")!);
    expect(criteria).toHaveLength(1 + 5);
    expect(criteria.find((r) => r[1] === "EDGE-02")!.slice(3)).toEqual(["N/A", "N/A"]);
    expect(criteria.find((r) => r[1] === "GW-01")!.slice(3)).toEqual(["blind", "blind"]);
  });
});
