import { comparisonCsv, evaluationCsv } from "./csv";
import { CONTENT_TYPES, safeFilename, utf8, type ExportFile, type ExportFormat } from "./file";
import { comparisonJson, evaluationJson, jsonText } from "./json";
import { evaluationOscal } from "./oscal";
import { vendorName } from "./rows";
import type { ComparisonExportInput, EvaluationExportInput } from "./types";
import { comparisonXlsx } from "./xlsx-comparison";
import { evaluationXlsx } from "./xlsx-evaluation";

/** One evaluation in `format`, named after its framework and the export date. */
export async function buildEvaluationExport(
  format: ExportFormat,
  input: EvaluationExportInput,
): Promise<ExportFile> {
  const filename = safeFilename(vendorName(input.data.vendors[0].framework), input.generatedAt, format);
  const contentType = CONTENT_TYPES[format];
  switch (format) {
    case "csv":
      return { body: utf8(evaluationCsv(input)), contentType, filename };
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
): Promise<ExportFile> {
  const filename = safeFilename(`comparison-${input.data.catalogue.slug}`, input.generatedAt, format);
  const contentType = CONTENT_TYPES[format];
  switch (format) {
    case "csv":
      return { body: utf8(comparisonCsv(input)), contentType, filename };
    case "xlsx":
      return { body: await comparisonXlsx(input), contentType, filename };
    case "json":
      return { body: utf8(jsonText(comparisonJson(input))), contentType, filename };
  }
}
