import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EQUAL_WEIGHTS_PROFILE } from "../scoring";
import { renderReport } from "./document";
import { buildReportModel } from "./model";
import { reportFixture } from "./report-fixture";

const model = (vendors: number, perSection = 4) => buildReportModel({
  kind: "comparison", data: reportFixture(vendors, perSection), profile: EQUAL_WEIGHTS_PROFILE, title: "Test report",
  workspaceName: "Acme", generatedAt: new Date("2026-01-02T03:04:05Z"), appVersion: "9.9.9",
});

describe("renderReport", () => {
  it("renders a PDF whose text has the fixed parts and links only http(s) evidence", async () => {
    const pdf = await renderReport(model(3));
    const dir = mkdtempSync(path.join(tmpdir(), "pdf-"));
    const file = path.join(dir, "r.pdf");
    writeFileSync(file, pdf);
    if (process.env.REPORT_PDF_OUT) writeFileSync(process.env.REPORT_PDF_OUT, pdf);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"]).toString("utf8");
    expect(text).toContain("Ελληνικά Кириллица 漢字かな한글");
    expect(text).toContain("<script>alert(1)</script>");
    expect(text).toContain("Generated 2026-01-02 03:04:05 UTC");
    expect(text).toContain("9.9.9");
    const raw = pdf.toString("latin1");
    expect(raw).toContain("https://docs.example/x");
    expect(raw).not.toMatch(/\/URI\s*\(javascript:/);
  });
});
