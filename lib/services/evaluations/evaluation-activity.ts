import "server-only";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { loadEvaluation, type LoadedEvaluation } from "./evaluation-access";
import { canSeeOthers } from "./scores";

/**
 * Reviewer progress per section (counts only, which reveal no scores, so everyone sees them)
 * and the latest score changes, limited to sections whose scores the caller may see.
 */
export async function evaluationActivity(actor: Actor | null, slug: string, evaluationId: string) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "evaluations.read");
  const ev = await loadEvaluation(workspace.id, evaluationId);
  const [members, counts] = await Promise.all([
    db().membership.findMany({
      where: { workspaceId: workspace.id, role: { in: ["owner", "admin", "reviewer"] } },
      select: { user: { select: { id: true, email: true, name: true } } },
    }),
    db().score.groupBy({
      by: ["sectionKey", "reviewerId"],
      where: { evaluationId: ev.id, OR: [{ value: { not: null } }, { notApplicable: true }] },
      _count: { _all: true },
    }),
  ]);
  const visible = ev.sections.filter((s) => canSeeOthers(ev, s, me.userId, role)).map((s) => s.key);
  const history = await db().scoreHistory.findMany({
    where: {
      score: { evaluationId: ev.id, OR: [{ sectionKey: { in: visible } }, { reviewerId: me.userId }] },
    },
    orderBy: { id: "desc" },
    take: 50,
    select: {
      id: true,
      version: true,
      value: true,
      notApplicable: true,
      savedAt: true,
      score: { select: { criterionKey: true, reviewerId: true } },
    },
  });
  return activityOf(
    ev,
    members.map((m) => m.user),
    counts.map((c) => ({ sectionKey: c.sectionKey, reviewerId: c.reviewerId, n: c._count._all })),
    history.map((h) => ({ ...h, ...h.score })),
  );
}

type Member = { id: string; email: string; name: string };
type History = {
  id: bigint | string;
  version: number;
  value: number | null;
  notApplicable: boolean;
  savedAt: Date;
  criterionKey: string;
  reviewerId: string;
};

/** Progress per section and the visible history, from rows already read (`members`: reviewers and above). */
export function activityOf(
  ev: LoadedEvaluation,
  members: Member[],
  counts: Array<{ sectionKey: string; reviewerId: string; n: number }>,
  history: History[],
) {
  const countOf = (sectionKey: string, userId: string) =>
    counts.find((c) => c.sectionKey === sectionKey && c.reviewerId === userId)?.n ?? 0;
  const progress = ev.sections
    .filter((s) => s.inScope)
    .map((s) => ({
      key: s.key,
      title: s.title,
      total: s.criteria.length,
      reviewers: members
        .filter((m) => s.assigneeIds.length === 0 || s.assigneeIds.includes(m.id))
        .map((m) => ({
          email: m.email,
          name: m.name,
          scored: countOf(s.key, m.id),
          submitted: s.submittedByIds.includes(m.id),
        })),
    }));
  const names = new Map(members.map((m) => [m.id, m.name || m.email]));
  return {
    progress,
    history: history.map((h) => ({
      id: String(h.id),
      criterionKey: h.criterionKey,
      reviewer: names.get(h.reviewerId) ?? "former member",
      version: h.version,
      value: h.notApplicable ? "N/A" : h.value,
      savedAt: h.savedAt,
    })),
  };
}
