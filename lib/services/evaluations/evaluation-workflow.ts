import "server-only";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db, type Prisma } from "../../db";
import { AppError, notFound } from "../../errors/app-error";
import { assignmentSchema, evaluationUpdateSchema, statusChangeSchema } from "../../schemas/evaluation";
import { idSchema } from "../../schemas/framework";
import { parseInput } from "../../schemas/parse";
import { loadEvaluation, type LoadedEvaluation } from "./evaluation-access";
import { applyScope } from "./evaluation-scope";
import { evaluationView } from "./evaluation-view";

// An evaluation's workflow once created: its status, and who may score each section.
export const TRANSITIONS: Record<string, string[]> = {
  draft: ["in_review", "final"],
  in_review: ["draft", "final"],
  final: ["in_review"],
};

interface Change {
  tx: Prisma.TransactionClient;
  workspaceId: string;
  me: Actor;
  ev: LoadedEvaluation;
}

/**
 * Bumps the version first: the update locks the row, so concurrent changes of one evaluation
 * run one after the other, and with `ifMatch` a stale version changes nothing (409 with the
 * current evaluation, like a stale score save).
 */
async function openChange(tx: Prisma.TransactionClient, workspaceId: string, id: string, ifMatch?: number) {
  const evaluationId = idSchema.safeParse(id);
  if (!evaluationId.success) throw notFound("Evaluation");
  const { count } = await tx.evaluation.updateMany({
    where: { id: evaluationId.data, workspaceId, ...(ifMatch === undefined ? {} : { version: ifMatch }) },
    data: { version: { increment: 1 } },
  });
  const ev = await loadEvaluation(workspaceId, evaluationId.data, tx);
  if (!count)
    throw new AppError("conflict", "This evaluation changed since you loaded it.", [], {
      current: evaluationView(ev),
    });
  return ev;
}

/** draft → in review → final; reopening a final evaluation needs a reason. Audited. */
async function applyStatus({ tx, workspaceId, me, ev }: Change, raw: unknown) {
  const { status, reason } = parseInput(statusChangeSchema, raw);
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
    workspaceId,
    targetType: "evaluation",
    targetId: ev.id,
    before: { status: ev.status },
    after: { status, reason: reason ?? null },
  });
  return { status };
}

/** Narrows who may score a section (empty = every reviewer or above). Audited. */
async function applyAssignment({ tx, workspaceId, me, ev }: Change, raw: unknown, field = "assigneeIds") {
  const { sectionKey, assigneeIds } = parseInput(assignmentSchema, raw);
  const section = ev.sections.find((s) => s.key === sectionKey);
  if (!section) throw notFound("Section");
  const members = await tx.membership.count({
    where: { workspaceId, userId: { in: assigneeIds }, role: { in: ["owner", "admin", "reviewer"] } },
  });
  if (members !== new Set(assigneeIds).size)
    throw new AppError("validation_failed", "Assignees must be members with the reviewer role or above.", [
      { field, message: "not all are reviewers of this workspace" },
    ]);
  await tx.evaluationSection.update({
    where: { evaluationId_sectionKey: { evaluationId: ev.id, sectionKey } },
    data: { assigneeIds: [...new Set(assigneeIds)] },
  });
  await recordAudit(tx, {
    action: "evaluation.reviewers_assigned",
    actor: me,
    workspaceId,
    targetType: "evaluation",
    targetId: ev.id,
    before: { sectionKey, assigneeIds: section.assigneeIds },
    after: { sectionKey, assigneeIds },
  });
}

export async function changeEvaluationStatus(actor: Actor | null, slug: string, id: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, slug, "evaluations.manage");
  parseInput(statusChangeSchema, raw);
  return db().$transaction(async (tx) =>
    applyStatus({ tx, workspaceId: workspace.id, me, ev: await openChange(tx, workspace.id, id) }, raw),
  );
}

export async function assignSectionReviewers(actor: Actor | null, slug: string, id: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, slug, "evaluations.manage");
  parseInput(assignmentSchema, raw);
  await db().$transaction(async (tx) =>
    applyAssignment({ tx, workspaceId: workspace.id, me, ev: await openChange(tx, workspace.id, id) }, raw),
  );
}

/** The overview's scope form: one section out (with its reason) or back in. */
export async function changeSectionScope(actor: Actor | null, slug: string, id: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, slug, "evaluations.manage");
  await db().$transaction(async (tx) =>
    applyScope(
      { tx, workspaceId: workspace.id, me, ev: await openChange(tx, workspace.id, id) },
      [raw],
      () => "",
    ),
  );
}

/**
 * The API's PATCH, in one transaction with the same rules and audit events as the UI's forms:
 * reopening a final evaluation first, then the scope, the section reviewers, and any other
 * status change last (so one PATCH can reopen, rescope and finalise). `ifMatch` guards it all.
 */
export async function updateEvaluation(
  actor: Actor | null,
  slug: string,
  id: string,
  raw: unknown,
  ifMatch?: number,
) {
  const { workspace, actor: me } = await authorize(actor, slug, "evaluations.manage");
  const input = parseInput(evaluationUpdateSchema, raw);
  return db().$transaction(async (tx) => {
    const ev = await openChange(tx, workspace.id, id, ifMatch);
    const change = { tx, workspaceId: workspace.id, me, ev };
    const status = input.status && { status: input.status, reason: input.reason };
    const reopening = status && ev.status === "final";
    if (reopening) await applyStatus(change, status);
    const now = reopening ? await loadEvaluation(workspace.id, ev.id, tx) : ev;
    if (input.scope) await applyScope({ ...change, ev: now }, input.scope);
    for (const [i, section] of (input.sections ?? []).entries())
      await applyAssignment(change, section, `sections[${i}].assigneeIds`);
    if (status && !reopening) await applyStatus(change, status);
    return evaluationView(await loadEvaluation(workspace.id, ev.id, tx));
  });
}
