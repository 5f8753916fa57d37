import { writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readinessText } from "../../compare/readiness-figures";
import { sessionActor, type TestMember } from "../../testing/fixtures";
import { comparisonReadiness } from "../comparisons/comparison-readiness";
import { evaluationReadiness, READINESS_DISCLAIMER } from "../evaluations/readiness";
import { comparisonReport, evaluationReport } from "./reports";
import { inspect, reportWorld } from "./reports.fixture";

// The "Regulatory readiness" chapter prints the API's figures, as the reader may see them.
let owner: TestMember;
let blind: TestMember;
let evaluations: string[];

beforeAll(async () => {
  ({ owner, blind, evaluations } = await reportWorld());
}, 180_000);

type Counts = { full: number; partial: number; notAssessed: number; notInCatalogue: number };
const countsText = (readiness: number | null, c: Counts) =>
  `${readinessText(readiness)} ${c.full} ${c.partial} ${c.notAssessed} ${c.notInCatalogue}`;
/** The layout line a table row starts on: its first cell's opening words, then the numbers. */
const rowOf = (layout: string, start: string) => layout.split("\n").find((l) => l.trim().startsWith(start));
const chapterOf = (layout: string) =>
  layout.slice(layout.lastIndexOf("4. Regulatory readiness"), layout.lastIndexOf("5. Criteria in detail"));
/** Each target's part of the chapter, in the API's order (each opens with its mapping set). */
const targetParts = (chapter: string) => chapter.split("Through the mapping set").slice(1);

describe("the readiness chapter of PDF reports", () => {
  it("prints an evaluation's readiness per target, its requirements and the ones the catalogue cannot speak to", async () => {
    const actor = await sessionActor(owner.userId);
    const report = await evaluationReport(actor, owner.slug, evaluations[0]);
    if (process.env.REPORT_PDF_OUT) writeFileSync(`${process.env.REPORT_PDF_OUT}-evaluation.pdf`, report.pdf);
    const { layout, flat } = inspect(report.pdf);
    const api = await evaluationReadiness(actor, owner.slug, evaluations[0]);
    expect(api.crosswalks.length).toBeGreaterThanOrEqual(3);
    expect(layout).toMatch(/4\. Regulatory readiness\s+\d+/); // in the contents, with its page
    const chapter = chapterOf(layout);
    expect(chapter.replace(/\s+/g, " ")).toContain(READINESS_DISCLAIMER);
    const parts = targetParts(chapter);
    for (const [i, c] of api.crosswalks.entries()) {
      expect(c.readiness).not.toBeNull();
      const words = c.target.title.split(" ").slice(0, 3).join(" ");
      expect(rowOf(chapter, words), c.target.slug).toContain(countsText(c.readiness, c.counts));
      for (const r of c.requirements.filter((x) => x.coverage === "full" || x.coverage === "partial")) {
        const row = rowOf(parts[i], `${r.key} `);
        expect(row, `${c.target.slug} ${r.key}`).toContain(` ${r.coverage === "full" ? "Full" : "Partial"} `);
        expect(row).toContain(` ${Math.round(r.readiness!)} ${r.contributing[0].key}`);
      }
      const outside = c.requirements.filter((x) => x.coverage === "not_in_catalogue");
      expect(outside.length).toBe(c.counts.notInCatalogue);
      for (const r of outside) expect(flat).toContain(`${r.key} ${r.title}: ${r.reason}`);
    }
  });

  it("ranks a comparison's vendors per target with the API's figures and prints the matrix", async () => {
    const actor = await sessionActor(owner.userId);
    const report = await comparisonReport(actor, owner.slug, { evaluations: evaluations.join(",") });
    if (process.env.REPORT_PDF_OUT) writeFileSync(`${process.env.REPORT_PDF_OUT}-comparison.pdf`, report.pdf);
    const chapter = chapterOf(inspect(report.pdf).layout);
    const api = await comparisonReadiness(actor, owner.slug, { evaluations: evaluations.join(",") });
    expect(chapter.replace(/\s+/g, " ")).toContain(READINESS_DISCLAIMER);
    const parts = targetParts(chapter);
    expect(parts.length).toBe(api.crosswalks.length);
    for (const [t, c] of api.crosswalks.entries()) {
      expect(chapter).toContain(c.target.title.split(":")[0]);
      c.ranking.forEach((id, i) => {
        const v = c.vendors.find((x) => x.evaluationId === id)!;
        const row = rowOf(parts[t], `${i + 1} ${v.name.split(" ")[0]}`);
        expect(row, `${c.target.slug} #${i + 1}`).toContain(countsText(v.readiness, v.counts));
      });
      // The matrix: the first mapped requirement's row holds each vendor's readiness, in rank order.
      const req = c.requirements.find((r) => c.vendors.every((v) => v.cells[r.key].readiness !== null))!;
      const cells = c.ranking.map((id) => {
        const cell = c.vendors.find((v) => v.evaluationId === id)!.cells[req.key];
        return `${Math.round(cell.readiness!)} ${cell.coverage === "full" ? "F" : "P"}`;
      });
      expect(parts[t]).toMatch(new RegExp(`\\n\\s*${req.key.replace(/[().]/g, "\\$&")} .*${cells.join(" ")}`));
    }
  });

  it("counts a section the reader is blind to as unscored", async () => {
    const actor = await sessionActor(blind.userId);
    const report = await evaluationReport(actor, owner.slug, evaluations[1]);
    const chapter = chapterOf(inspect(report.pdf).layout);
    const api = await evaluationReadiness(actor, owner.slug, evaluations[1]);
    for (const c of api.crosswalks) {
      expect(c.readiness).toBeNull();
      expect(rowOf(chapter, c.target.title.split(" ").slice(0, 3).join(" "))).toContain(
        countsText(null, c.counts),
      );
    }
    expect(chapter).not.toMatch(/\d %/);
  });
});
