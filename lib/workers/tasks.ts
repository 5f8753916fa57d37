import { parseBackupText } from "../backup/parse";
import { buildComparisonExport, buildEvaluationExport } from "../export/build";
import type { ExportFile } from "../export/file";
import type { ComparisonExportInput, EvaluationExportInput } from "../export/types";
import { importCisoLibrary } from "../interop/ciso-assistant/import-library";
import { importCisoMappings } from "../interop/ciso-assistant/import-mapping";
import { importOscalCatalog } from "../interop/oscal/import-catalog";
import { importOscalMapping } from "../interop/oscal/import-mapping";
import { renderReport } from "../pdf/document";
import type { ReportModel } from "../pdf/model";
import type { CatalogueInput } from "../schemas/catalogue";
import type { MappingSetInput } from "../schemas/mapping";
import { assertNoNul } from "../schemas/parse";

/**
 * The CPU-heavy work that runs in the worker pool (lib/workers/pool.ts), never on a request's
 * thread: one input, one output, both structured-clonable (Buffers travel as Uint8Array).
 * Everything here is pure — no database, no server-only import — so the worker bundle
 * (scripts/build-worker.ts) can load it.
 */

/** A Buffer's bytes as a Uint8Array that owns exactly them (cloning a view copies its whole ArrayBuffer). */
const own = (b: Uint8Array): Uint8Array =>
  b.byteOffset === 0 && b.byteLength === b.buffer.byteLength
    ? new Uint8Array(b.buffer, 0, b.byteLength)
    : b.slice();

export async function renderPdf(model: ReportModel): Promise<Uint8Array> {
  return own(await renderReport(model));
}

export interface CatalogueParse {
  format: "oscal" | "ciso-assistant";
  text: string;
  source: string;
}

/** An uploaded catalogue → its validated content (or an AppError naming the path of the first problem). */
export function parseCatalogue({ format, text, source }: CatalogueParse): CatalogueInput {
  const input = format === "oscal" ? importOscalCatalog(text, source) : importCisoLibrary(text, source);
  assertNoNul(input); // an escaped \u0000 in the file would otherwise fail in PostgreSQL (500)
  return input;
}

/** An uploaded mapping file → its mapping sets (OSCAL: one; CISO Assistant: one per direction). */
export function parseMapping({ format, text, source }: CatalogueParse): MappingSetInput[] {
  const sets = format === "oscal" ? [importOscalMapping(text, source)] : importCisoMappings(text, source);
  assertNoNul(sets);
  return sets;
}

export const parseBackup = parseBackupText;

export type ExportJob =
  | { kind: "evaluation"; format: Parameters<typeof buildEvaluationExport>[0]; input: EvaluationExportInput }
  | { kind: "comparison"; format: Parameters<typeof buildComparisonExport>[0]; input: ComparisonExportInput };

export async function buildExport(job: ExportJob): Promise<ExportFile> {
  const file =
    job.kind === "evaluation"
      ? await buildEvaluationExport(job.format, job.input)
      : await buildComparisonExport(job.format, job.input);
  return { ...file, body: own(file.body) };
}
