import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";
import type { Role } from "../../generated/prisma/enums";
import { scoreInputSchema } from "../../schemas/evaluation";
import { parseInput } from "../../schemas/parse";
import { scoreColumns } from "./columns";
import { writeScore } from "./score-write";
import {
  assertEditable,
  loadEvaluation,
  loadScoringState,
  mayScore,
  sectionOf,
  type LoadedEvaluation,
  type ScoringState,
} from "./evaluation-access";

const scoreColumnsWithId = { id: true, ...scoreColumns } as const;

/** The rules a save must pass, in the order their errors are reported; returns the section. */
function checkScorable(ev: ScoringState, criterionKey: string, userId: string) {
  assertEditable(ev);
  const section = sectionOf(ev, criterionKey);
  if (!section.inScope)
    throw new AppError("conflict", `Section ${section.key} is out of scope for this evaluation.`);
  if (!mayScore(section, userId))
    throw new AppError("forbidden", `You are not assigned to score ${section.title}.`);
  if (section.submittedByIds.includes(userId))
    throw new AppError("conflict", `You already submitted ${section.title}; scores are locked.`);
  return section;
}

/**
 * Saves the caller's own score. With `ifMatch`, the save only applies to that version; a
 * stale one is a 409 carrying the current score, so nothing is overwritten silently.
 * Three round trips on the happy path: the caller's token (or session), the evaluation's
 * state, and the write — one statement that re-checks the rules it writes under.
 */
export async function saveScore(
  actor: Actor | null,
  slug: string,
  evaluationId: string,
  criterionKey: string,
  raw: unknown,
  ifMatch?: number,
) {
  const { workspace, actor: me } = await authorize(actor, slug, "scores.write");
  const input = parseInput(scoreInputSchema, raw);
  const ev = await loadScoringState(workspace.id, evaluationId);
  const section = checkScorable(ev, criterionKey, me.userId);
  if (input.value !== null && input.value > ev.maxValue) {
    throw new AppError("validation_failed", `Scores go up to ${ev.maxValue}.`, [
      { field: "value", message: `must be between 0 and ${ev.maxValue}` },
    ]);
  }
  const key = {
    workspaceId: workspace.id,
    evaluationId: ev.id,
    criterionKey,
    sectionKey: section.key,
    reviewerId: me.userId,
  };
  // Without If-Match the caller asked to overwrite: losing a race to a concurrent save of the
  // same score is retried on the new version. With If-Match, losing it is the 409 it asked for.
  for (let attempt = 1; ; attempt++) {
    const saved = await writeScore(me, key, input, ifMatch);
    if (saved) return saved;
    // Nothing written (rare): a rule changed since the check above (its error, as above), or
    // the version did not match / a first save lost the race (stale).
    checkScorable(await loadScoringState(workspace.id, ev.id), criterionKey, me.userId);
    if (ifMatch !== undefined || attempt >= 3) {
      const current = await db().score.findUnique({
        where: {
          evaluationId_criterionKey_reviewerId: {
            evaluationId: ev.id,
            criterionKey,
            reviewerId: me.userId,
          },
        },
        select: scoreColumnsWithId,
      });
      throw new AppError("conflict", "This score changed since you loaded it.", [], { current });
    }
  }
}

/**
 * Blind until submitted: in a section the caller could score but has not submitted, only
 * their own scores come back. Those who cannot score it (viewers, non-assignees) and those
 * who submitted see everyone's; a final evaluation is open to every member.
 */
export function canSeeOthers(
  ev: LoadedEvaluation,
  section: LoadedEvaluation["sections"][number],
  userId: string,
  role: Role,
) {
  if (ev.status === "final" || section.submittedByIds.includes(userId)) return true;
  const couldScore = role !== "viewer" && mayScore(section, userId);
  return !couldScore;
}

export async function listScores(actor: Actor | null, slug: string, evaluationId: string) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "evaluations.read");
  const ev = await loadEvaluation(workspace.id, evaluationId);
  const visible = ev.sections.filter((s) => canSeeOthers(ev, s, me.userId, role)).map((s) => s.key);
  const rows = await db().score.findMany({
    where: {
      evaluationId: ev.id,
      workspaceId: workspace.id,
      OR: [{ reviewerId: me.userId }, { sectionKey: { in: visible } }],
    },
    orderBy: [{ sectionKey: "asc" }, { criterionKey: "asc" }],
    select: scoreColumnsWithId,
  });
  const reviewers = await db().user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.reviewerId))] } },
    select: { id: true, email: true, name: true },
  });
  const byId = new Map(reviewers.map((u) => [u.id, u]));
  return {
    evaluation: ev,
    visibleSections: visible,
    scores: rows.map((r) => ({ ...r, reviewer: byId.get(r.reviewerId)! })),
  };
}

/** Submitting needs every in-scope criterion of the section scored (a value or N/A). */
export async function submitSection(
  actor: Actor | null,
  slug: string,
  evaluationId: string,
  sectionKey: string,
) {
  const { workspace, actor: me } = await authorize(actor, slug, "scores.write");
  const key = parseInput(z.string().min(1).max(100), sectionKey);
  return db().$transaction(async (tx) => {
    const ev = await loadEvaluation(workspace.id, evaluationId, tx);
    assertEditable(ev);
    const section = ev.sections.find((s) => s.key === key);
    if (!section) throw new AppError("not_found", "Section not found");
    if (!mayScore(section, me.userId))
      throw new AppError("forbidden", `You are not assigned to score ${section.title}.`);
    if (section.submittedByIds.includes(me.userId)) return { submitted: true };
    const mine = await tx.score.count({
      where: {
        evaluationId: ev.id,
        sectionKey: key,
        reviewerId: me.userId,
        OR: [{ value: { not: null } }, { notApplicable: true }],
      },
    });
    const missing = section.criteria.length - mine;
    if (missing > 0)
      throw new AppError(
        "conflict",
        `Score every criterion first: ${missing} of ${section.criteria.length} still open.`,
      );
    await tx.evaluationSection.update({
      where: { evaluationId_sectionKey: { evaluationId: ev.id, sectionKey: key } },
      data: { submittedByIds: { push: me.userId } },
    });
    await recordAudit(tx, {
      action: "score.section_submitted",
      actor: me,
      workspaceId: workspace.id,
      targetType: "evaluation",
      targetId: ev.id,
      after: { sectionKey: key },
    });
    return { submitted: true };
  });
}
