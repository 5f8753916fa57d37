import "server-only";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { can, type Role } from "../../auth/policy";
import { pgPool } from "../../db";
import { withLeaders } from "../comparisons/leaders";

// Activity every member may see: what happened, never a score or a rationale (the blind
// rule), and nothing from the security side of the audit log (admins have that page).
const VISIBLE_ACTIONS = [
  "evaluation.created",
  "evaluation.status_changed",
  "evaluation.reopened",
  "framework.created",
  "score.section_submitted",
  "comparison.saved",
  "member.joined",
  "profile.created",
];

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

// One statement for the page's counts and lists (Prisma took one query per part and relation).
const SQL = `SELECT
  (SELECT count(*)::int FROM "Framework" WHERE "workspaceId" = $1 AND "archivedAt" IS NULL) AS frameworks,
  (SELECT coalesce(json_object_agg(status, n), '{}') FROM (SELECT status, count(*)::int AS n FROM "Evaluation" WHERE "workspaceId" = $1 GROUP BY status) c) AS "byStatus",
  (SELECT coalesce(json_agg(r ORDER BY r."createdAt" DESC), '[]') FROM (
    SELECT e.id, e.status, e."createdAt", json_build_object('name', f.name, 'productVersion', f."productVersion") AS framework
    FROM "Evaluation" e JOIN "Framework" f ON f.id = e."frameworkId" WHERE e."workspaceId" = $1 ORDER BY e."createdAt" DESC LIMIT 6) r) AS recent,
  (SELECT coalesce(json_agg(a ORDER BY a.id DESC), '[]') FROM (
    SELECT id::text AS id, at, action, "actorEmail" FROM "AuditEvent" WHERE "workspaceId" = $1 AND action = ANY($2::text[]) ORDER BY id DESC LIMIT 10) a) AS events,
  (SELECT coalesce(json_agg(c ORDER BY c."createdAt" DESC, c.id), '[]') FROM (
    SELECT id, name, description, query, "createdAt" FROM "SavedComparison" WHERE "workspaceId" = $1 ORDER BY "createdAt" DESC, id LIMIT 6) c) AS comparisons`;

type Row = {
  frameworks: number;
  byStatus: Record<string, number>;
  recent: Array<{
    id: string;
    status: "draft" | "in_review" | "final";
    createdAt: string;
    framework: { name: string; productVersion: string };
  }>;
  events: Array<{ id: string; at: string; action: string; actorEmail: string | null }>;
  comparisons: Array<{ id: string; name: string; description: string; query: string; createdAt: string }>;
};

/**
 * While nothing is entered, the page leads with its first steps. Any account may load the sample
 * (it becomes a workspace of its own); the card offers it to those who can follow its advice and
 * add frameworks here. Viewers still find it on the workspaces list.
 */
const getStarted = (role: Role) => ({ offerSample: can(role, "frameworks.write") });

/**
 * The page a reviewer lands on: frameworks, evaluations by status, activity, saved comparisons
 * with their leaders. Four statements: the authorisation, the page's data, then every saved
 * comparison's evaluations and scores loaded together (leaders.ts), not one comparison each.
 */
export async function workspaceDashboard(actor: Actor | null, slug: string) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "workspace.read");
  const {
    rows: [d],
  } = await pgPool().query<Row>(SQL, [workspace.id, VISIBLE_ACTIONS]);
  const comparisons = await withLeaders(
    me.userId,
    role,
    workspace.id,
    d.comparisons.map((c) => ({ ...c, createdAt: new Date(c.createdAt) })),
  );
  return {
    workspace: { name: workspace.name, role },
    getStarted: d.frameworks === 0 && d.recent.length === 0 ? getStarted(role) : null,
    frameworks: d.frameworks,
    evaluations: {
      draft: d.byStatus.draft ?? 0,
      in_review: d.byStatus.in_review ?? 0,
      final: d.byStatus.final ?? 0,
    },
    recentEvaluations: d.recent.map((e) => ({ ...e, createdAt: new Date(e.createdAt) })),
    activity: d.events.map((e) => ({
      id: e.id,
      at: new Date(e.at),
      who: e.actorEmail ?? "someone",
      what: DESCRIBE[e.action] ?? e.action,
    })),
    comparisons,
  };
}

export type WorkspaceDashboard = Awaited<ReturnType<typeof workspaceDashboard>>;
