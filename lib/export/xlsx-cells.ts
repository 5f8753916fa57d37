import ExcelJS from "exceljs";

export type Cell = string | number | boolean | null | undefined;

/**
 * Cells are always written as plain values, never as `{ formula }`, so nothing we write is a
 * formula. Text starting with = + - @ (or a tab/CR) still gets a leading apostrophe, the same
 * guard as the CSV: a spreadsheet re-saved as CSV, or pasted elsewhere, stays inert.
 */
export function safeCell(value: Cell): string | number | boolean | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string") return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A header row (bold, frozen) and data rows, with column widths fitted to the content. */
export function addTable(
  sheet: ExcelJS.Worksheet,
  header: string[],
  rows: Cell[][],
  startRow = sheet.rowCount + 1,
) {
  const head = sheet.getRow(startRow);
  header.forEach((h, i) => {
    head.getCell(i + 1).value = h;
  });
  head.font = { bold: true };
  rows.forEach((r, i) => {
    const row = sheet.getRow(startRow + 1 + i);
    r.forEach((v, j) => {
      const cell = row.getCell(j + 1);
      cell.value = safeCell(v);
      if (typeof v === "string" && v.length > 60) cell.alignment = { wrapText: true, vertical: "top" };
    });
  });
  header.forEach((h, i) => {
    const col = sheet.getColumn(i + 1);
    const longest = Math.max(h.length, ...rows.map((r) => String(r[i] ?? "").length));
    col.width = Math.max(col.width ?? 0, Math.min(60, longest + 2));
  });
}

/** Key-value lines (a summary block). */
export function addPairs(sheet: ExcelJS.Worksheet, pairs: Array<[string, Cell]>) {
  for (const [k, v] of pairs) {
    const row = sheet.addRow([k, safeCell(v)]);
    row.getCell(1).font = { bold: true };
  }
  sheet.getColumn(1).width = Math.max(sheet.getColumn(1).width ?? 0, 28);
  sheet.getColumn(2).width = Math.max(sheet.getColumn(2).width ?? 0, 40);
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetName(wb: ExcelJS.Workbook, wanted: string) {
  const base =
    wanted
      .replace(/[:\\/?*[\]]+/g, " ")
      .replace(/\s+/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, 31) || "Sheet";
  let name = base;
  for (let i = 2; wb.getWorksheet(name); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  return name;
}

export function newWorkbook(generatedAt: string) {
  const wb = new ExcelJS.Workbook();
  // Fixed metadata dates: the same data exports to the same workbook content.
  wb.creator = "IoT Framework Security Scorecard";
  wb.created = new Date(generatedAt);
  wb.modified = new Date(generatedAt);
  return wb;
}

export async function workbookBytes(wb: ExcelJS.Workbook) {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
