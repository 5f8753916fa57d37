import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { AppError, notFound } from "../../errors/app-error";
import { statusChangeSchema } from "../../schemas/evaluation";
import { parseInput } from "../../schemas/parse";
import { loadEvaluation } from "./evaluation-access";

// An evaluation's workflow once created: its status, and who may score each section.
export const TRANSITIONS: Record<string, string[]> = {
  draft: ["in_review", "final"],
  in_review: ["draft", "final"],
  final: ["in_review"],
};

/** draft → in review → final; reopening a final evaluation needs a reason. Audited. */
export async function changeEvaluationStatus(actor: Actor | null, slug: string, id: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, slug, "evaluations.manage");
  const { status, reason } = parseInput(statusChangeSchema, raw);
  return db().$transaction(async (tx) => {
    const ev = await loadEvaluation(workspace.id, id, tx);
    if (!TRANSITIONS[ev.status].includes(status))
      throw new AppError("conflict", `An evaluation cannot go from ${ev.status} to ${status}.`);
    if (ev.status === "final" && !reason)
      throw new AppError("validation_failed", "Reopening needs a reason.", [
        { field: "reason", message: "Give a reason." },
      ]);
    await tx.evaluation.update({
      where: { id: ev.id },
      data: { status, finalizedAt: status === "final" ? new Date() : null },
    });
    await recordAudit(tx, {
      action: ev.status === "final" ? "evaluation.reopened" : "evaluation.status_changed",
      actor: me,
      workspaceId: workspace.id,
      targetType: "evaluation",
      targetId: ev.id,
      before: { status: ev.status },
      after: { status, reason: reason ?? null },
    });
    return { status };
  });
}

const assignmentSchema = z.object({
  sectionKey: z.string().max(100),
  assigneeIds: z.array(z.uuid()).max(100),
});

/** Narrows who may score a section (empty = every reviewer or above). */
export async function assignSectionReviewers(actor: Actor | null, slug: string, id: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, slug, "evaluations.manage");
  const { sectionKey, assigneeIds } = parseInput(assignmentSchema, raw);
  return db().$transaction(async (tx) => {
    const ev = await loadEvaluation(workspace.id, id, tx);
    const section = ev.sections.find((s) => s.key === sectionKey);
    if (!section) throw notFound("Section");
    const members = await tx.membership.count({
      where: {
        workspaceId: workspace.id,
        userId: { in: assigneeIds },
        role: { in: ["owner", "admin", "reviewer"] },
      },
    });
    if (members !== new Set(assigneeIds).size)
      throw new AppError("validation_failed", "Assignees must be members with the reviewer role or above.", [
        { field: "assigneeIds", message: "not all are reviewers of this workspace" },
      ]);
    await tx.evaluationSection.update({
      where: { evaluationId_sectionKey: { evaluationId: ev.id, sectionKey } },
      data: { assigneeIds: [...new Set(assigneeIds)] },
    });
    await recordAudit(tx, {
      action: "evaluation.reviewers_assigned",
      actor: me,
      workspaceId: workspace.id,
      targetType: "evaluation",
      targetId: ev.id,
      before: { sectionKey, assigneeIds: section.assigneeIds },
      after: { sectionKey, assigneeIds },
    });
  });
}
