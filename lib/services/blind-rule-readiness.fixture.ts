import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { ExportFile } from "../export/file";
import { inS, leakIf } from "./blind-rule.fixture";

/*
 * Readiness on the blind rule's read paths (blind-rule-api-files.integration.test.ts). In the
 * scenario only S is in scope in e0 and e1 has no scores: for the blind reader R every
 * readiness must be unassessed. A figure, or a criterion of S among the contributing ones,
 * is a `LEAK:` token in the row's text.
 */

type Crosswalk = {
  readiness?: number | null;
  requirements?: Array<{ contributing?: Array<{ key: string }> }>;
  vendors?: Array<{ readiness: number | null }>;
};

/** An export's JSON `readiness` member (evaluation or comparison shape). */
export function readinessJsonLeak(text: string) {
  const crosswalks = (JSON.parse(text).readiness?.crosswalks ?? []) as Crosswalk[];
  return leakIf(
    crosswalks.some(
      (c) =>
        (c.readiness ?? null) !== null ||
        (c.vendors ?? []).some((v) => v.readiness !== null) ||
        (c.requirements ?? []).some((r) => (r.contributing ?? []).some((x) => inS(x.key))),
    ),
    "readiness from S",
  );
}

/** The readiness columns of a readiness table: a number in any is a figure. */
const figureIn = (header: string[], rows: unknown[][]) => {
  const columns = header.flatMap((h, i) => (/readiness %$/i.test(h) ? [i] : []));
  return rows.some((r) => columns.some((i) => r[i] !== "" && r[i] != null && !Number.isNaN(Number(r[i]))));
};

/** A CSV of `kind=readiness`. */
export function readinessCsvLeak(file: ExportFile) {
  const text = new TextDecoder().decode(file.body).replace(/^\ufeff/, "");
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return text + leakIf(figureIn(header, rows), "readiness figure");
}

/** A workbook's Readiness sheet (the disclaimer, a blank row, then the table). */
export async function readinessSheetLeak(file: ExportFile) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.body) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.getWorksheet("Readiness")?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const headerAt = rows.findIndex((r) => r[2] === "Requirement");
  if (headerAt < 0) return " LEAK:no readiness sheet";
  return leakIf(figureIn(rows[headerAt] as string[], rows.slice(headerAt + 1)), "readiness figure");
}

/** A PDF's text (pdfText: no whitespace): a percentage in the readiness chapter is a figure. */
export function pdfReadinessLeak(text: string) {
  const start = text.lastIndexOf("4.Regulatoryreadiness");
  if (start < 0 || start === text.indexOf("4.Regulatoryreadiness")) return " LEAK:no readiness chapter";
  const chapter = text.slice(start, text.indexOf("5.Criteriaindetail", start));
  return leakIf(/\d%/.test(chapter), "readiness figure");
}
