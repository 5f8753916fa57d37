import "server-only";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";
import { createEvaluationSchema } from "../../schemas/evaluation";
import { parseInput } from "../../schemas/parse";
import type { InTransaction } from "../in-transaction";
import { loadEvaluation, type LoadedEvaluation } from "./evaluation-access";

/**
 * Pins the catalogue version; sections not chosen are out of scope and need a reason. From a
 * previous evaluation (a new release of the framework), the scope and scores are copied, the
 * scores marked carried over until their reviewer re-confirms them (which scores: carriedScores).
 */
export async function createEvaluation(
  actor: Actor | null,
  slug: string,
  raw: unknown,
  within?: InTransaction<{ id: string }>,
) {
  const { workspace, actor: me } = await authorize(actor, slug, "evaluations.create");
  const input = parseInput(createEvaluationSchema, raw);
  const framework = await db().framework.findFirst({
    where: { id: input.frameworkId, workspaceId: workspace.id, archivedAt: null },
    select: { id: true },
  });
  if (!framework)
    throw new AppError("not_found", "Framework not found", [
      { field: "frameworkId", message: "unknown framework" },
    ]);
  // Built-in catalogues or this workspace's own imports; another workspace's is "not found".
  const catalogue = await db().catalogue.findFirst({
    where: {
      slug: input.catalogue.slug,
      version: input.catalogue.version,
      status: "published",
      OR: [{ workspaceId: null }, { workspaceId: workspace.id }],
    },
    select: {
      id: true,
      archivedAt: true,
      purpose: true,
      sections: { select: { key: true }, orderBy: { position: "asc" } },
    },
  });
  if (!catalogue)
    throw new AppError("not_found", "Catalogue version not found", [
      { field: "catalogue", message: "unknown catalogue version" },
    ]);
  if (catalogue.archivedAt)
    throw new AppError(
      "conflict",
      "This catalogue version is archived; choose another for new evaluations.",
      [{ field: "catalogue", message: "archived catalogue version" }],
    );
  if (catalogue.purpose === "target")
    throw new AppError(
      "validation_failed",
      "This catalogue is a regulation: frameworks are scored against an assessment catalogue and reach it through a mapping set.",
      [{ field: "catalogue", message: "a regulation cannot be scored directly" }],
    );
  const keys = catalogue.sections.map((s) => s.key);
  const previous = input.fromEvaluationId ? await loadEvaluation(workspace.id, input.fromEvaluationId) : null;
  if (
    previous &&
    `${previous.catalogue.slug}@${previous.catalogue.version}` !==
      `${input.catalogue.slug}@${input.catalogue.version}`
  ) {
    throw new AppError("validation_failed", "The previous evaluation used another catalogue version.", [
      { field: "fromEvaluationId", message: "different catalogue version" },
    ]);
  }
  const inScope = new Set(
    input.sections ?? previous?.sections.filter((s) => s.inScope).map((s) => s.key) ?? keys,
  );
  const unknown = [...inScope].filter((k) => !keys.includes(k));
  if (unknown.length)
    throw new AppError("validation_failed", `Unknown section ${unknown.join(", ")}`, [
      { field: "sections", message: `unknown: ${unknown.join(", ")}` },
    ]);
  const missingReason = keys.filter(
    (k) =>
      !inScope.has(k) &&
      !input.outOfScopeReasons[k] &&
      !previous?.sections.find((s) => s.key === k)?.outOfScopeReason,
  );
  if (missingReason.length) {
    throw new AppError(
      "validation_failed",
      "Sections out of scope need a reason.",
      missingReason.map((k) => ({ field: `outOfScopeReasons.${k}`, message: "Give a reason." })),
    );
  }
  return db().$transaction(async (tx) => {
    const ev = await tx.evaluation.create({
      data: {
        workspaceId: workspace.id,
        frameworkId: framework.id,
        catalogueId: catalogue.id,
        createdById: me.userId,
        previousEvaluationId: previous?.id ?? null,
        sections: {
          create: keys.map((k) => ({
            sectionKey: k,
            inScope: inScope.has(k),
            outOfScopeReason: inScope.has(k)
              ? null
              : (input.outOfScopeReasons[k] ??
                previous?.sections.find((s) => s.key === k)?.outOfScopeReason ??
                null),
          })),
        },
      },
      select: { id: true },
    });
    const carried = previous ? carriedScores(previous) : null;
    if (previous) {
      const scores = await tx.score.findMany({
        where: {
          evaluationId: previous.id,
          workspaceId: workspace.id,
          ...(carried === "own" ? { reviewerId: me.userId } : {}),
        },
      });
      await tx.score.createMany({
        data: scores.map((s) => ({
          workspaceId: workspace.id,
          evaluationId: ev.id,
          criterionKey: s.criterionKey,
          sectionKey: s.sectionKey,
          reviewerId: s.reviewerId,
          value: s.value,
          notApplicable: s.notApplicable,
          rationale: s.rationale,
          evidence: s.evidence ?? [],
          carriedOver: true,
        })),
      });
    }
    await recordAudit(tx, {
      action: "evaluation.created",
      actor: me,
      workspaceId: workspace.id,
      targetType: "evaluation",
      targetId: ev.id,
      after: {
        frameworkId: framework.id,
        catalogue: input.catalogue,
        inScope: [...inScope],
        from: previous?.id ?? null,
        carried,
      },
    });
    await within?.(tx, { id: ev.id });
    return { id: ev.id };
  });
}

/**
 * The blind rule for carry-over: a copy may show no one a score they could not already see.
 * A final evaluation is open to every member, so every reviewer's scores carry. From one not
 * yet final only the caller's own scores carry (they could type those in again themselves):
 * anyone else's would surface in the copy — to the caller, or to a third reviewer, once they
 * submit the copied section — while that reader is still blind to them in the original and
 * can still change their own scores there. "Sections the caller may see" is not enough, since
 * the copy is read by every member, not only by its creator.
 */
const carriedScores = (previous: LoadedEvaluation): "all" | "own" =>
  previous.status === "final" ? "all" : "own";
