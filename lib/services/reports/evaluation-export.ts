import "server-only";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { recordAudit } from "../../audit/record";
import { comparisonSummary } from "../../compare/summary";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";
import { buildComparisonExport, buildEvaluationExport, type ExportKind } from "../../export/build";
import type { ExportFile, ExportFormat } from "../../export/file";
import type { ComparisonExportInput, EvaluationExportInput } from "../../export/types";
import { comparisonExportQuerySchema, evaluationExportQuerySchema } from "../../schemas/export";
import { parseInput } from "../../schemas/parse";
import { runHeavy } from "../../workers/pool";
import { comparisonCrosswalks } from "../comparisons/comparison-readiness";
import { loadComparison } from "../comparisons/comparisons";
import { evaluationSummary } from "../evaluations/evaluation-summary";
import { evaluationReadiness } from "../evaluations/readiness";

// Workbooks are built in the worker pool (exceljs lays out and zips them: the export that
// costs real CPU); CSV and JSON are one linear pass over data already in memory and stay here.
// (`kind=readiness` is CSV only: the schema refuses it with the other formats.)
const buildEvaluation = (format: ExportFormat, input: EvaluationExportInput, kind: ExportKind) =>
  format === "xlsx"
    ? runHeavy("buildExport", { kind: "evaluation", format, input })
    : buildEvaluationExport(format, input, kind);
const buildComparison = (
  format: Exclude<ExportFormat, "oscal">,
  input: ComparisonExportInput,
  kind: ExportKind,
) =>
  format === "xlsx"
    ? runHeavy("buildExport", { kind: "comparison", format, input })
    : buildComparisonExport(format, input, kind);

/**
 * Exports are built only from loadComparison() and evaluationSummary(), which already apply
 * the blind rule (canSeeOthers): a file can hold nothing the caller's screen would not show.
 * Each export is audited with its format, after it was built (a failed one is not "exported").
 */
export async function exportEvaluation(
  actor: Actor | null,
  slug: string,
  evaluationId: string,
  raw: unknown,
): Promise<ExportFile> {
  const { workspace, actor: me } = await authorize(actor, slug, "evaluations.read");
  const query = parseInput(evaluationExportQuerySchema, raw);
  const summary = await evaluationSummary(me, slug, evaluationId, { profile: query.profile });
  const data = await loadComparison(me, slug, [summary.evaluation.id]);
  // OSCAL assessment-results have no place for it; the other formats carry the API's figures.
  const readiness =
    query.format === "oscal"
      ? undefined
      : (await evaluationReadiness(me, slug, summary.evaluation.id)).crosswalks;
  const file = await buildEvaluation(
    query.format,
    { data, summary, generatedAt: data.generatedAt, readiness },
    query.kind,
  );
  await db().$transaction((tx) =>
    recordAudit(tx, {
      action: "evaluation.exported",
      actor: me,
      workspaceId: workspace.id,
      targetType: "evaluation",
      targetId: summary.evaluation.id,
      after: { format: query.format, kind: query.kind, profile: summary.profile.id },
    }),
  );
  return file;
}

/** `evaluations=a,b&profile=…&format=csv|xlsx|json`: the comparison the compare page shows. */
export async function exportComparison(actor: Actor | null, slug: string, raw: unknown): Promise<ExportFile> {
  const { workspace, actor: me } = await authorize(actor, slug, "evaluations.read");
  const query = parseInput(comparisonExportQuerySchema, raw);
  const data = await loadComparison(me, slug, query.evaluations);
  const summary = comparisonSummary(data, query.profile);
  if (!summary)
    throw new AppError("validation_failed", `Unknown weight profile "${query.profile}".`, [
      { field: "profile", message: "unknown profile" },
    ]);
  const readiness = await comparisonCrosswalks(workspace.id, data);
  const file = await buildComparison(
    query.format,
    { data, summary, generatedAt: data.generatedAt, readiness },
    query.kind,
  );
  await db().$transaction((tx) =>
    recordAudit(tx, {
      action: "comparison.exported",
      actor: me,
      workspaceId: workspace.id,
      targetType: "comparison",
      // Up to 20 ids would overflow targetId (200 characters): they go in the event body instead.
      after: {
        format: query.format,
        kind: query.kind,
        profile: summary.profile.id,
        evaluations: query.evaluations,
      },
    }),
  );
  return file;
}
