import type ExcelJS from "exceljs";
import { READINESS_DISCLAIMER } from "../compare/readiness-figures";
import { addPairs, addTable, type Cell } from "./xlsx-cells";

/**
 * The "Readiness" sheet: the disclaimer on top (a workbook travels without the page that
 * explains it), then one row per target requirement. Cells go through addTable's safeCell,
 * like every other sheet. Skipped when the export carries no readiness.
 */
export function addReadinessSheet(wb: ExcelJS.Workbook, table: { header: string[]; rows: Cell[][] } | null) {
  if (!table) return;
  const ws = wb.addWorksheet("Readiness");
  addPairs(ws, [["Note", READINESS_DISCLAIMER]]);
  ws.addRow([]);
  addTable(ws, table.header, table.rows);
  // The header row (3) and the requirement's columns stay in view.
  ws.views = [{ state: "frozen", xSplit: 4, ySplit: 3 }];
}
