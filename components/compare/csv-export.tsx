"use client";

import { Download } from "lucide-react";
import type { CompareRow } from "@/lib/compare/rows";
import type { ComparisonData } from "@/lib/compare/types";
import { vendorLabel } from "@/lib/compare/vendor-input";
import type { RankedVendor } from "@/lib/scoring";
import { Button } from "../ui/button";

const value = (v: number | "na" | null | undefined) => (v == null ? "" : v === "na" ? "N/A" : String(v));

/**
 * The table as it stands (filters, sections, visible vendors; folded sections included) as
 * CSV. escapeFormulae keeps a rationale like "=HYPERLINK(…)" inert in spreadsheet apps.
 */
export function CsvExport({
  data,
  rows,
  vendors,
  ranked,
  profileName,
}: {
  data: ComparisonData;
  rows: CompareRow[];
  vendors: string[];
  ranked: Map<string, RankedVendor>;
  profileName: string;
}) {
  const download = async () => {
    const shown = data.vendors.filter((v) => vendors.includes(v.evaluationId));
    const titleOf = new Map(
      data.sections.flatMap((s) =>
        s.criteria.map((c) => [c.key, { section: s.key, title: c.title }] as const),
      ),
    );
    const lines: string[][] = [];
    for (const r of rows) {
      if (r.kind === "section") {
        lines.push([
          r.key,
          "",
          `${r.title} (section score, ${profileName})`,
          ...shown.map((v) =>
            value(ranked.get(v.evaluationId)?.result.sections.find((s) => s.key === r.key)?.score ?? null),
          ),
        ]);
        if (r.collapsed) {
          const section = data.sections.find((s) => s.key === r.key)!;
          for (const c of section.criteria)
            lines.push([r.key, c.key, c.title, ...shown.map((v) => value(v.cells[c.key]?.value))]);
        }
      } else {
        lines.push([
          titleOf.get(r.key)?.section ?? "",
          r.key,
          r.title,
          ...shown.map((v) => value(v.cells[r.key]?.value)),
        ]);
      }
    }
    lines.push([
      "",
      "",
      `Overall (${profileName})`,
      ...shown.map((v) => value(ranked.get(v.evaluationId)?.overall ?? null)),
    ]);
    // papaparse is fetched on the first click: the page does not ship it to everyone who never exports.
    const { default: Papa } = await import("papaparse");
    const csv = Papa.unparse(
      { fields: ["Section", "Criterion", "Title", ...shown.map(vendorLabel)], data: lines },
      { escapeFormulae: true },
    );
    const url = URL.createObjectURL(new Blob(["\ufeff", csv], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `comparison-${data.catalogue.slug}-${new Date().toISOString().slice(0, 10)}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <Button type="button" onClick={download} variant="secondary" size="sm">
      <Download aria-hidden className="h-4 w-4" />
      Export CSV
    </Button>
  );
}
