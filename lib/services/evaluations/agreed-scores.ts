import "server-only";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";
import { agreedScoreSchema } from "../../schemas/evaluation";
import { parseInput } from "../../schemas/parse";
import { assertEditable, loadEvaluation, sectionOf } from "./evaluation-access";
import { canSeeOthers } from "./scores";

/** An owner/admin records the agreed consensus (it wins over the median; dissent stays visible). */
export async function setAgreedScore(
  actor: Actor | null,
  slug: string,
  evaluationId: string,
  criterionKey: string,
  raw: unknown,
) {
  const { workspace, actor: me } = await authorize(actor, slug, "evaluations.manage");
  const input = parseInput(agreedScoreSchema, raw);
  const ev = await loadEvaluation(workspace.id, evaluationId);
  assertEditable(ev);
  sectionOf(ev, criterionKey);
  if (input.value !== null && input.value > ev.maxValue)
    throw new AppError("validation_failed", `Scores go up to ${ev.maxValue}.`, [
      { field: "value", message: `must be between 0 and ${ev.maxValue}` },
    ]);
  return db().$transaction(async (tx) => {
    const key = { evaluationId_criterionKey: { evaluationId: ev.id, criterionKey } };
    const before = await tx.agreedScore.findUnique({
      where: key,
      select: { value: true, notApplicable: true, reason: true },
    });
    const data = {
      value: input.value,
      notApplicable: input.notApplicable,
      reason: input.reason,
      setById: me.userId,
      setAt: new Date(),
    };
    await tx.agreedScore.upsert({
      where: key,
      create: { evaluationId: ev.id, criterionKey, ...data },
      update: data,
    });
    await recordAudit(tx, {
      action: "consensus.agreed",
      actor: me,
      workspaceId: workspace.id,
      targetType: "criterion",
      targetId: `${ev.id}/${criterionKey}`,
      before,
      after: { value: input.value, notApplicable: input.notApplicable, reason: input.reason },
    });
    return { criterionKey, value: input.value, notApplicable: input.notApplicable, reason: input.reason };
  });
}

export async function clearAgreedScore(
  actor: Actor | null,
  slug: string,
  evaluationId: string,
  criterionKey: string,
) {
  const { workspace, actor: me } = await authorize(actor, slug, "evaluations.manage");
  const ev = await loadEvaluation(workspace.id, evaluationId);
  assertEditable(ev);
  await db().$transaction(async (tx) => {
    const before = await tx.agreedScore.findUnique({
      where: { evaluationId_criterionKey: { evaluationId: ev.id, criterionKey } },
    });
    if (!before) throw new AppError("not_found", "No agreed value to clear");
    await tx.agreedScore.delete({
      where: { evaluationId_criterionKey: { evaluationId: ev.id, criterionKey } },
    });
    await recordAudit(tx, {
      action: "consensus.cleared",
      actor: me,
      workspaceId: workspace.id,
      targetType: "criterion",
      targetId: `${ev.id}/${criterionKey}`,
      before: { value: before.value, notApplicable: before.notApplicable, reason: before.reason },
    });
  });
}

/** Agreed values of the sections the caller may see (they reveal the consensus). */
export async function listAgreedScores(actor: Actor | null, slug: string, evaluationId: string) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "evaluations.read");
  const ev = await loadEvaluation(workspace.id, evaluationId);
  const visible = new Set(
    ev.sections
      .filter((s) => canSeeOthers(ev, s, me.userId, role))
      .flatMap((s) => s.criteria.map((c) => c.key)),
  );
  const rows = await db().agreedScore.findMany({
    where: { evaluationId: ev.id },
    select: { criterionKey: true, value: true, notApplicable: true, reason: true, setAt: true },
  });
  return rows.filter((r) => visible.has(r.criterionKey));
}
