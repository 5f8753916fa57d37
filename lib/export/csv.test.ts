import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { comparisonSummary } from "../compare/summary";
import { comparisonCsv, evaluationCsv } from "./csv";
import { safeFilename } from "./file";
import { GENERATED_AT, sampleData, sampleInput, sampleVendor } from "./sample.fixture";

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\ufeff/, ""), { skipEmptyLines: true }).data;

describe("evaluation CSV", () => {
  it("has one row per criterion × reviewer, reviewers in a fixed order", () => {
    const rows = parse(evaluationCsv(sampleInput()));
    expect(rows[0]).toEqual([
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
    ]);
    const edge01 = rows.filter((r) => r[1] === "EDGE-01");
    expect(edge01.map((r) => r[6])).toEqual(["Alan", "Zoe"]);
    expect(edge01[1]).toEqual(
      expect.arrayContaining(["3", "median", "4", "no", "https://docs.example/a (tested)", "yes"]),
    );
    expect(rows.find((r) => r[1] === "EDGE-02")).toEqual(expect.arrayContaining(["N/A", "agreed", "yes"]));
    expect(rows.filter((r) => r[1] === "EDGE-03")).toHaveLength(1);
  });

  it("escapes formulae (CSV injection) in every user-written cell", () => {
    const csv = evaluationCsv(sampleInput());
    const cells = parse(csv).flat();
    for (const bad of ["=HYPERLINK", "+cmd", "-no radio"]) {
      expect(cells.some((c) => c.startsWith(bad))).toBe(false);
      expect(cells.some((c) => c.startsWith(`'${bad}`))).toBe(true);
    }
  });

  it("marks blind and out-of-scope sections without any score", () => {
    const rows = parse(evaluationCsv(sampleInput()));
    expect(rows.find((r) => r[1] === "GW-01")!.slice(3)).toEqual([
      "blind until you submit",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
    expect(rows.find((r) => r[1] === "CLOUD-01")![3]).toBe("out of scope");
  });
});

describe("comparison CSV", () => {
  it("lists criteria × vendors in ranking order, with section, overall and knock-out rows", () => {
    const low = sampleVendor("0190c6a0-0000-7000-8000-000000000002", "Low SDK");
    low.cells["EDGE-01"] = { ...low.cells["EDGE-01"], value: 1 };
    const data = sampleData([low, sampleVendor()]);
    const rows = parse(
      comparisonCsv({ data, summary: comparisonSummary(data, "equal")!, generatedAt: GENERATED_AT }),
    );
    expect(rows[0].slice(3)).toEqual(['Acme "Quoted" / Co Edge SDK 2.1', 'Acme "Quoted" / Co Low SDK 2.1']);
    expect(rows.find((r) => r[1] === "EDGE-01")!.slice(3)).toEqual(["3", "1"]);
    expect(rows.find((r) => r[1] === "GW-01")!.slice(3)).toEqual(["blind", "blind"]);
    expect(rows.find((r) => r[1] === "CLOUD-01")!.slice(3)).toEqual(["out of scope", "out of scope"]);
    expect(rows.find((r) => r[2] === "Rank")!.slice(3)).toEqual(["1", "2"]);
    expect(rows.find((r) => r[0] === "GW")!.slice(3)).toEqual(["blind", "blind"]);
  });
});

describe("file names", () => {
  it("keep only safe ASCII characters from user text", () => {
    expect(safeFilename('Acme "Q"/..\\ SDK 東京 2.1', GENERATED_AT, "csv")).toBe(
      "Acme-Q-.-SDK-2.1-2026-03-01.csv",
    );
    expect(safeFilename("東京", GENERATED_AT, "oscal")).toBe("export-2026-03-01.assessment-results.json");
  });
});
