import "server-only";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import type { Prisma } from "../../db";
import { AppError } from "../../errors/app-error";
import { scopeChangeSchema } from "../../schemas/evaluation";
import { parseInput } from "../../schemas/parse";
import type { LoadedEvaluation } from "./evaluation-access";

interface ScopeChange {
  tx: Prisma.TransactionClient;
  workspaceId: string;
  me: Actor;
  ev: LoadedEvaluation;
}

/**
 * Takes sections out of scope (with a reason, as at creation) or brings them back, after the
 * evaluation was created. Not while it is final: its figures are what was signed off. At least
 * one section stays in scope. Scores are kept: out of scope they count nowhere (summary,
 * compare, readiness, exports), back in scope they count again. `prefix` names the input in
 * errors (`scope[2].` from the API; nothing from the form, whose fields are the change's own). Audited per section; a change to the same state is none.
 */
export async function applyScope(
  { tx, workspaceId, me, ev }: ScopeChange,
  changes: unknown[],
  prefix = (i: number) => `scope[${i}].`,
) {
  if (ev.status === "final")
    throw new AppError("conflict", "A final evaluation's scope cannot change. Reopen it first.");
  const wanted = changes.map((raw, i) => {
    const c = parseInput(scopeChangeSchema, raw);
    if (!ev.sections.some((s) => s.key === c.sectionKey))
      throw new AppError("validation_failed", `This catalogue has no section ${c.sectionKey}.`, [
        { field: `${prefix(i)}sectionKey`, message: "no such section" },
      ]);
    return c;
  });
  const after = new Map(ev.sections.map((s) => [s.key, s.inScope]));
  for (const c of wanted) after.set(c.sectionKey, c.inScope);
  if (![...after.values()].some(Boolean))
    throw new AppError("validation_failed", "Keep at least one section in scope.", [
      {
        field: changes.length === 1 ? `${prefix(0)}inScope` : "scope",
        message: "at least one section in scope",
      },
    ]);
  for (const c of wanted) {
    const section = ev.sections.find((s) => s.key === c.sectionKey)!;
    const reason = c.inScope ? null : c.outOfScopeReason!;
    if (section.inScope === c.inScope && section.outOfScopeReason === reason) continue;
    await tx.evaluationSection.update({
      where: { evaluationId_sectionKey: { evaluationId: ev.id, sectionKey: c.sectionKey } },
      data: { inScope: c.inScope, outOfScopeReason: reason },
    });
    await recordAudit(tx, {
      action: "evaluation.scope_changed",
      actor: me,
      workspaceId,
      targetType: "evaluation",
      targetId: ev.id,
      before: {
        sectionKey: c.sectionKey,
        inScope: section.inScope,
        outOfScopeReason: section.outOfScopeReason,
      },
      after: { sectionKey: c.sectionKey, inScope: c.inScope, outOfScopeReason: reason },
    });
  }
}
