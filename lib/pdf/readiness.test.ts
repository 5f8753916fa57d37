import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  comparisonFiguresFixture,
  crosswalkFixture,
  evaluationFiguresFixture,
} from "../compare/crosswalk-fixture";
import { READINESS_DISCLAIMER } from "../compare/readiness-figures";
import { EQUAL_WEIGHTS_PROFILE } from "../scoring";
import { renderReport } from "./document";
import { fontRuns } from "./fonts";
import { buildReportModel, type ReportInput } from "./model";
import { READINESS_TEXTS } from "./readiness";
import { reportFixture } from "./report-fixture";

const input = (vendors: number): ReportInput => ({
  kind: vendors === 1 ? "evaluation" : "comparison",
  data: reportFixture(vendors, 4),
  profile: EQUAL_WEIGHTS_PROFILE,
  title: "Readiness report",
  workspaceName: "Acme",
  generatedAt: new Date("2026-01-02T03:04:05Z"),
  appVersion: "9.9.9",
});

function pages(pdf: Buffer) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "pdf-")), "r.pdf");
  writeFileSync(file, pdf);
  const total = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file]).toString())![1]);
  return Array.from({ length: total }, (_, i) =>
    execFileSync("pdftotext", [
      "-f",
      String(i + 1),
      "-l",
      String(i + 1),
      "-layout",
      "-enc",
      "UTF-8",
      file,
      "-",
    ])
      .toString("utf8")
      .replace(/[ \t]+/g, " "),
  );
}

describe("the readiness chapter's model", () => {
  it("orders a comparison's vendors by the crosswalk's ranking, with each cell under its vendor and the report's labels", () => {
    const base = input(4);
    const [figures] = comparisonFiguresFixture(base.data, [crosswalkFixture(base.data)]);
    const model = buildReportModel({ ...base, readiness: [figures] });
    const [target] = model.readiness!.targets;
    expect(target.ranking.map((v) => v.vendorId)).toEqual(figures.ranking);
    const labels = new Map(model.vendors.map((v) => [v.id, v.label]));
    for (const [i, v] of target.ranking.entries()) {
      expect(v.label).toBe(labels.get(v.vendorId));
      const src = figures.vendors.find((x) => x.evaluationId === v.vendorId)!;
      expect(v.readiness).toBe(src.readiness);
      for (const q of target.requirements) expect(q.cells[i]).toEqual(src.cells[q.key]);
    }
  });

  it("has no chapter, and the parts keep their numbers, without readiness", () => {
    expect(buildReportModel(input(2)).readiness).toBeNull();
    expect(buildReportModel({ ...input(2), readiness: [] }).readiness).toBeNull();
  });

  it("prints only fixed text every character of which Noto Sans draws", () => {
    for (const text of [...READINESS_TEXTS, READINESS_DISCLAIMER])
      expect(fontRuns(text).map((r) => r.family)).toEqual(["NotoSans"]);
  });
});

describe("renderReport with readiness", () => {
  it("lists the chapter in the contents on the page it starts, and renumbers the parts after it", async () => {
    const base = input(1);
    const set = crosswalkFixture(base.data);
    const figures = evaluationFiguresFixture(base.data, set);
    const text = pages(await renderReport(buildReportModel({ ...base, evaluationReadiness: [figures] })));
    const listed = (part: string) =>
      Number(new RegExp(`${part.replace(".", "\\.")} (\\d+)`).exec(text[0])![1]);
    for (const part of [
      "4. Regulatory readiness",
      "5. Criteria in detail",
      "6. Methodology",
      "7. Reviewers and sign-off",
    ])
      expect(text[listed(part) - 1], part).toMatch(new RegExp(`^${part.replace(".", "\\.")}`, "m"));
    const chapter = text
      .slice(listed("4. Regulatory readiness") - 1, listed("5. Criteria in detail") - 1)
      .join("\n");
    expect(chapter.replace(/\s+/g, " ")).toContain(READINESS_DISCLAIMER);
    expect(chapter).toContain(`${set.target.title} (${set.target.version})`);
    // Each requirement the catalogue speaks to is a row; the others are listed with the reason.
    for (const r of figures.requirements)
      if (r.coverage === "not_in_catalogue") expect(chapter).toContain(`${r.key} ${r.title}: ${r.reason}`);
      else expect(chapter).toMatch(new RegExp(`\\n${r.key.replace(/[()]/g, "\\$&")} `));
  });

  it("fits a 10-vendor matrix to the page: vendors split into balanced tables, every value printed", async () => {
    const base = input(10);
    const figures = comparisonFiguresFixture(base.data, [crosswalkFixture(base.data, 30)]);
    const text = pages(await renderReport(buildReportModel({ ...base, readiness: figures })));
    const matrixHeads = text.join("\n").match(/^Requirement Vendor SDK|^Requirement Ελληνικά/gm) ?? [];
    // 10 vendors at most 7 per table: two tables of 5, each header repeated on every page it spans.
    expect(matrixHeads.length).toBeGreaterThanOrEqual(2);
    const req = figures[0].requirements[0].key;
    const rows = text
      .join("\n")
      .split("\n")
      .filter((l) => l.startsWith(`${req} `));
    // (pdftotext may drop the narrow space in "0 F".)
    const printed = rows
      .flatMap((l) => l.match(/\b\d+ ?[FP]\b/g) ?? [])
      .map((c) => c.replace(/(\d)([FP])/, "$1 $2"));
    const expected = figures[0].ranking
      .map((id) => figures[0].vendors.find((v) => v.evaluationId === id)!.cells[req])
      .filter((c) => c.readiness !== null)
      .map((c) => `${Math.round(c.readiness!)} ${c.coverage === "full" ? "F" : "P"}`);
    expect(expected.length).toBeGreaterThan(5);
    expect(printed).toEqual(expected);
  });
});
