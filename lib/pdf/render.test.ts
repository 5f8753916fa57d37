import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EQUAL_WEIGHTS_PROFILE } from "../scoring";
import { renderReport } from "./document";
import { buildReportModel } from "./model";
import { reportFixture } from "./report-fixture";

const model = (vendors: number, perSection = 4) =>
  buildReportModel({
    kind: "comparison",
    data: reportFixture(vendors, perSection),
    profile: EQUAL_WEIGHTS_PROFILE,
    title: "Test report",
    workspaceName: "Acme",
    generatedAt: new Date("2026-01-02T03:04:05Z"),
    appVersion: "9.9.9",
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
    // Each script is drawn by an embedded font that has it (a missing glyph would fall back to none).
    const fonts = execFileSync("pdffonts", [file]).toString("utf8");
    for (const family of ["NotoSans-Regular", "NotoSans-Bold", "NotoSansSC", "NotoSansKR"])
      expect(fonts).toContain(family);
    expect(fonts).not.toContain("Helvetica");
  });

  it("wraps a 10 kB word without spaces, keeps every line break kind, and draws mixed-script right-aligned names whole", async () => {
    const m = model(2, 2);
    const cell = m.sections[0].criteria[0].cells[0].cell!;
    const word = `${"0123456789abcdef".repeat(640)}`;
    cell.reviews[0].rationale = `${word} end\r\nsecond line\u2028third\tline`;
    const pdf = await renderReport(m);
    const dir = mkdtempSync(path.join(tmpdir(), "pdf-"));
    const file = path.join(dir, "r.pdf");
    writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"]).toString("utf8");
    // Every character of the word is printed, in order (the running header and footer cut in
    // where it crosses pages).
    const body = text
      .split("\n")
      .filter(
        (l) =>
          !/^(\f?Generated |\f?Test report|OWASP IoT Framework|Page \d+ of)/.test(l.trim()) &&
          !/^\f?\s*$/.test(l),
      )
      .join("");
    expect(body.replace(/\s+/g, "")).toContain(word);
    expect(text).toMatch(/ end\s+second line\s+third\s+line/);
    // The CJK vendor's header cell (right-aligned, three fonts) reads as one name in layout order.
    const layout = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"]).toString("utf8");
    expect(layout).toMatch(/Ελληνικά\s+Кириллица/);
    expect(layout).toContain("漢字かな한글");
  });

  it("numbers the contents with the page each part starts on, links them, and bookmarks every part", async () => {
    const pdf = await renderReport(model(4, 8));
    const dir = mkdtempSync(path.join(tmpdir(), "pdf-"));
    const file = path.join(dir, "r.pdf");
    writeFileSync(file, pdf);
    const page = (n: number) =>
      execFileSync("pdftotext", [
        "-f",
        String(n),
        "-l",
        String(n),
        "-layout",
        "-enc",
        "UTF-8",
        file,
        "-",
      ]).toString("utf8");
    const contents = page(1);
    const total = Number(/Page 1 of (\d+)/.exec(contents)![1]);
    for (const part of [
      "1. Executive summary",
      "3. Section scores",
      "4. Criteria in detail",
      "5. Methodology",
      "6. Reviewers and sign-off",
    ]) {
      const listed = Number(new RegExp(`${part.replace(/[.]/g, "\\.")}\\s+(\\d+)`).exec(contents)?.[1]);
      expect(listed, part).toBeGreaterThan(1);
      expect(listed, part).toBeLessThanOrEqual(total);
      expect(page(listed), part).toContain(part);
      // The part does not start earlier (page 1 lists them all in the contents).
      if (listed > 2)
        expect(page(listed - 1), part).not.toMatch(new RegExp(`^${part.replace(/[.]/g, "\\.")}`, "m"));
    }
    for (let n = 2; n <= total; n++) expect(page(n)).toContain(`Page ${n} of ${total}`);
    const raw = pdf.toString("latin1");
    expect(raw.match(/\/S \/GoTo/g)?.length).toBeGreaterThanOrEqual(6);
    expect(raw).toMatch(/\/Outlines/);
    expect(raw).toContain("/Title (4. Criteria in detail)");
  });
});
