import { comparisonCsv, comparisonReadinessCsv, evaluationCsv, evaluationReadinessCsv } from "./csv";
import { CONTENT_TYPES, safeFilename, utf8, type ExportFile, type ExportFormat } from "./file";
import { comparisonJson, evaluationJson, jsonText } from "./json";
import { evaluationOscal } from "./oscal";
import { vendorName } from "./rows";
import type { ComparisonExportInput, EvaluationExportInput } from "./types";
import { comparisonXlsx } from "./xlsx-comparison";
import { evaluationXlsx } from "./xlsx-evaluation";

/** Which table a CSV holds: the scores, or the readiness (see csv.ts). */
export type ExportKind = "scores" | "readiness";
const stem = (base: string, kind: ExportKind) => (kind === "readiness" ? `${base}-readiness` : base);

/** One evaluation in `format`, named after its framework and the export date. */
export async function buildEvaluationExport(
  format: ExportFormat,
  input: EvaluationExportInput,
  kind: ExportKind = "scores",
): Promise<ExportFile> {
  const base = stem(vendorName(input.data.vendors[0].framework), kind);
  const filename = safeFilename(base, input.generatedAt, format);
  const contentType = CONTENT_TYPES[format];
  switch (format) {
    case "csv":
      return {
        body: utf8(kind === "readiness" ? evaluationReadinessCsv(input) : evaluationCsv(input)),
        contentType,
        filename,
      };
    case "xlsx":
      return { body: await evaluationXlsx(input), contentType, filename };
    case "json":
      return { body: utf8(jsonText(evaluationJson(input))), contentType, filename };
    case "oscal":
      return { body: utf8(jsonText(evaluationOscal(input))), contentType, filename };
  }
}

/** A comparison in `format` (no OSCAL: assessment-results describe one system). */
export async function buildComparisonExport(
  format: Exclude<ExportFormat, "oscal">,
  input: ComparisonExportInput,
  kind: ExportKind = "scores",
): Promise<ExportFile> {
  const filename = safeFilename(
    stem(`comparison-${input.data.catalogue.slug}`, kind),
    input.generatedAt,
    format,
  );
  const contentType = CONTENT_TYPES[format];
  switch (format) {
    case "csv":
      return {
        body: utf8(kind === "readiness" ? comparisonReadinessCsv(input) : comparisonCsv(input)),
        contentType,
        filename,
      };
    case "xlsx":
      return { body: await comparisonXlsx(input), contentType, filename };
    case "json":
      return { body: utf8(jsonText(comparisonJson(input))), contentType, filename };
  }
}
