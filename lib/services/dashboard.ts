import "server-only";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { listSavedComparisons } from "./saved-comparisons";

// Activity every member may see: what happened, never a score or a rationale (the blind
// rule), and nothing from the security side of the audit log (admins have that page).
const VISIBLE_ACTIONS = ["evaluation.created", "evaluation.status_changed", "evaluation.reopened", "framework.created", "score.section_submitted", "comparison.saved", "member.joined", "profile.created"];

const DESCRIBE: Record<string, string> = {
  "evaluation.created": "started an evaluation",
  "evaluation.status_changed": "changed an evaluation's status",
  "evaluation.reopened": "reopened an evaluation",
  "framework.created": "added a framework",
  "score.section_submitted": "submitted a section",
  "comparison.saved": "saved a comparison",
  "member.joined": "joined the workspace",
  "profile.created": "created a weight profile",
};

/** The page a reviewer lands on: frameworks, evaluations by status, activity, saved comparisons. */
export async function workspaceDashboard(actor: Actor | null, slug: string) {
  const { workspace } = await authorize(actor, slug, "workspace.read");
  const [frameworks, byStatus, recentEvaluations, events, comparisons] = await Promise.all([
    db().framework.count({ where: { workspaceId: workspace.id, archivedAt: null } }),
    db().evaluation.groupBy({ by: ["status"], where: { workspaceId: workspace.id }, _count: { _all: true } }),
    db().evaluation.findMany({
      where: { workspaceId: workspace.id }, orderBy: { createdAt: "desc" }, take: 6,
      select: { id: true, status: true, createdAt: true, framework: { select: { name: true, productVersion: true } } },
    }),
    db().auditEvent.findMany({
      where: { workspaceId: workspace.id, action: { in: VISIBLE_ACTIONS } }, orderBy: { id: "desc" }, take: 10,
      select: { id: true, at: true, action: true, actorEmail: true },
    }),
    listSavedComparisons(actor, slug, { limit: 6 }),
  ]);
  const count = (s: string) => byStatus.find((b) => b.status === s)?._count._all ?? 0;
  return {
    frameworks,
    evaluations: { draft: count("draft"), in_review: count("in_review"), final: count("final") },
    recentEvaluations,
    activity: events.map((e) => ({ id: String(e.id), at: e.at, who: e.actorEmail ?? "someone", what: DESCRIBE[e.action] ?? e.action })),
    comparisons,
  };
}
