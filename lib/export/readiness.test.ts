import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  comparisonFiguresFixture,
  crosswalkFixture,
  evaluationFiguresFixture,
} from "../compare/crosswalk-fixture";
import { READINESS_DISCLAIMER } from "../compare/readiness-figures";
import { comparisonSummary } from "../compare/summary";
import { buildComparisonExport, buildEvaluationExport } from "./build";
import { comparisonReadinessCsv, evaluationReadinessCsv } from "./csv";
import { comparisonJson, evaluationJson } from "./json";
import { EVALUATION_READINESS_HEADER } from "./readiness";
import { GENERATED_AT, sampleData, sampleInput, sampleVendor } from "./sample.fixture";
import { comparisonXlsx } from "./xlsx-comparison";
import { evaluationXlsx } from "./xlsx-evaluation";

const INJECTION = '=HYPERLINK("https://evil.example","click")';

/** The sample evaluation with a crosswalk whose first requirement title is a formula. */
function withReadiness() {
  const input = sampleInput();
  const set = crosswalkFixture(input.data, 8);
  set.target.sections[0].criteria[0].title = INJECTION;
  return { input: { ...input, readiness: [evaluationFiguresFixture(input.data, set)] }, set };
}

function comparison() {
  const data = sampleData([sampleVendor(), sampleVendor("0190c6a0-0000-7000-8000-000000000002", "Hub")]);
  data.vendors[1].sections = data.vendors[1].sections.map((s) => ({ ...s, hidden: false }));
  const set = crosswalkFixture(data, 8);
  set.target.sections[0].criteria[0].title = INJECTION;
  const readiness = comparisonFiguresFixture(data, [set]);
  return { data, summary: comparisonSummary(data, "equal")!, generatedAt: GENERATED_AT, readiness };
}

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\ufeff/, ""), { skipEmptyLines: true }).data;

async function sheet(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Readiness");
  const out: unknown[][] = [];
  ws?.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return { names: wb.worksheets.map((w) => w.name), rows: out };
}

describe("evaluation readiness in files", () => {
  it("JSON: a readiness member with the disclaimer and the figures, null without them", () => {
    const { input } = withReadiness();
    const doc = evaluationJson(input);
    expect(doc.readiness!.disclaimer).toBe(READINESS_DISCLAIMER);
    const [c] = doc.readiness!.crosswalks;
    expect(c.readiness).toBe(input.readiness[0].readiness);
    expect(c.counts).toEqual(input.readiness[0].counts);
    expect(c.requirements.map((r) => [r.key, r.coverage, r.readiness])).toEqual(
      input.readiness[0].requirements.map((r) => [r.key, r.coverage, r.readiness]),
    );
    expect(evaluationJson(sampleInput()).readiness).toBeNull();
  });

  it("CSV (kind=readiness): a catalogue row, one row per requirement, the note last, formulas inert", async () => {
    const { input } = withReadiness();
    const rows = parse(evaluationReadinessCsv(input));
    const c = input.readiness[0];
    expect(rows[0]).toEqual(EVALUATION_READINESS_HEADER);
    expect(rows[1].slice(3, 6)).toEqual([
      "(catalogue readiness)",
      `full ${c.counts.full}, partial ${c.counts.partial}, not assessed ${c.counts.notAssessed}, not assessed by this catalogue ${c.counts.notInCatalogue}`,
      c.readiness === null ? "" : String(Math.round(c.readiness * 10) / 10),
    ]);
    expect(rows).toHaveLength(2 + c.requirements.length + 1);
    expect(rows[2][3]).toBe(`'${INJECTION}`);
    const outside = c.requirements.findIndex((r) => r.coverage === "not_in_catalogue");
    expect(rows[2 + outside].slice(4)).toEqual([
      "Not assessed by this catalogue",
      "",
      "",
      c.requirements[outside].reason,
    ]);
    // GW is blind to this reader: a requirement mapped only to GW-01 is not assessed, never 0.
    for (const [i, r] of c.requirements.entries())
      if (r.coverage === "not_assessed") expect(rows[2 + i][5]).toBe("");
    expect(rows.at(-1)![0]).toBe(`Note: ${READINESS_DISCLAIMER}`);
    const file = await buildEvaluationExport("csv", input, "readiness");
    expect(file.filename).toBe("Acme-Quoted-Co-Edge-SDK-2.1-readiness-2026-03-01.csv");
  });

  it("XLSX: a Readiness sheet with the disclaimer on top and formulas kept as text", async () => {
    const { input } = withReadiness();
    const { names, rows } = await sheet(await evaluationXlsx(input));
    expect(names.at(-1)).toBe("Readiness");
    expect(rows[0]).toEqual(["Note", READINESS_DISCLAIMER]);
    expect(rows[1][2]).toBe("Requirement");
    expect(rows[3][3]).toBe(`'${INJECTION}`);
    expect(rows).toHaveLength(2 + 1 + input.readiness[0].requirements.length);
    expect((await sheet(await evaluationXlsx(sampleInput()))).names).not.toContain("Readiness");
  });
});

describe("comparison readiness in files", () => {
  it("JSON carries the readiness API's shape; CSV and XLSX one readiness then one coverage column per vendor, ranked", async () => {
    const input = comparison();
    const doc = comparisonJson(input);
    expect(doc.readiness).toEqual({ disclaimer: READINESS_DISCLAIMER, crosswalks: input.readiness });
    const names = input.summary.vendors.map(
      (sv) => input.data.vendors.find((v) => v.evaluationId === sv.evaluationId)!.framework.name,
    );
    const rows = parse(comparisonReadinessCsv(input));
    expect(rows[0].slice(4)).toEqual([
      ...names.map((n) => `Acme "Quoted" / Co ${n} 2.1 readiness %`),
      ...names.map((n) => `Acme "Quoted" / Co ${n} 2.1 coverage`),
    ]);
    const c = input.readiness[0];
    const ids = input.summary.vendors.map((v) => v.evaluationId);
    for (const [i, r] of c.requirements.entries()) {
      const cells = ids.map((id) => c.vendors.find((v) => v.evaluationId === id)!.cells[r.key]);
      expect(rows[2 + i].slice(4, 6)).toEqual(
        cells.map((x) => (x.readiness === null ? "" : String(Math.round(x.readiness * 10) / 10))),
      );
    }
    expect(rows[2][3]).toBe(`'${INJECTION}`);
    expect(rows.at(-1)![0]).toBe(`Note: ${READINESS_DISCLAIMER}`);
    const xlsx = await sheet(await comparisonXlsx(input));
    expect(xlsx.rows[0]).toEqual(["Note", READINESS_DISCLAIMER]);
    expect(xlsx.rows[1]).toEqual(rows[0]);
    expect(xlsx.rows[3][3]).toBe(`'${INJECTION}`);
    expect((await buildComparisonExport("csv", input, "readiness")).filename).toMatch(
      /-readiness-2026-03-01\.csv$/,
    );
  });
});
