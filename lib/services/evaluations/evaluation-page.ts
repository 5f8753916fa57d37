import "server-only";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { can } from "../../auth/policy";
import { pgPool } from "../../db";
import { notFound } from "../../errors/app-error";
import type { Role } from "../../generated/prisma/enums";
import { EQUAL_WEIGHTS_PROFILE, PRESET_PROFILES } from "../../scoring/index";
import { loadComparisonBundle } from "../comparisons/comparison-load";
import { loadScores } from "../comparisons/comparison-scores";
import { activityOf } from "./evaluation-activity";
import { overviewView } from "./evaluation-overview";
import { summarise } from "./evaluation-summary";
import { crosswalksQuery, regulationsPanel, type Crosswalk } from "./readiness";
import { canSeeOthers } from "./scores";

// Members (for progress and the reviewer picker), scoring progress, the visible score history
// of one evaluation and the crosswalks from its catalogue, in one statement; the workspace id
// is in every part.
const CROSSWALKS = crosswalksQuery({ source: "$5", workspace: "$1", slug: "NULL", version: "NULL" });
const SQL = `SELECT
  (SELECT coalesce(json_agg(json_build_object('id', u.id, 'email', u.email, 'name', u.name, 'role', m.role, 'disabled', u."disabledAt" IS NOT NULL)
     ORDER BY m.role, u.email), '[]') FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."workspaceId" = $1) AS members,
  (SELECT coalesce(json_agg(c), '[]') FROM (SELECT "sectionKey", "reviewerId", count(*)::int AS n FROM "Score"
     WHERE "workspaceId" = $1 AND "evaluationId" = $2 AND (value IS NOT NULL OR "notApplicable") GROUP BY "sectionKey", "reviewerId") c) AS counts,
  (SELECT coalesce(json_agg(h ORDER BY h.id DESC), '[]') FROM (
     SELECT h.id::text AS id, h.version, h.value, h."notApplicable", h."savedAt", s."criterionKey", s."reviewerId"
     FROM "ScoreHistory" h JOIN "Score" s ON s.id = h."scoreId"
     WHERE s."workspaceId" = $1 AND s."evaluationId" = $2 AND (s."sectionKey" = ANY($3::text[]) OR s."reviewerId" = $4)
     ORDER BY h.id DESC LIMIT 50) h) AS history,
  (SELECT coalesce(json_agg(cw ORDER BY cw.title, cw.version DESC), '[]') FROM (${CROSSWALKS}) cw) AS crosswalks`;

type Member = { id: string; email: string; name: string; role: Role; disabled: boolean };
type Row = {
  members: Member[];
  counts: Array<{ sectionKey: string; reviewerId: string; n: number }>;
  history: Array<{
    id: string;
    version: number;
    value: number | null;
    notApplicable: boolean;
    savedAt: string;
    criterionKey: string;
    reviewerId: string;
  }>;
  crosswalks: Crosswalk[];
};

/**
 * The evaluation overview's view model in four statements: the authorisation; the evaluation
 * with its agreed values and the workspace's profiles; then in parallel its scores, and the
 * members, progress, history and crosswalks to the regulations (one statement). Summary and activity are computed by the same functions as
 * their API routes (summarise, activityOf), so the blind rule is applied the same way; what the
 * page shows or offers on top (permissions, status changes, gaps) comes from overviewView.
 */
export async function evaluationPage(
  actor: Actor | null,
  slug: string,
  evaluationId: string,
  profileRef?: string,
) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "evaluations.read");
  const userId = me.userId;
  const bundle = await loadComparisonBundle(workspace.id, [evaluationId]);
  const ev = bundle.evaluations[0];
  if (!ev) throw notFound("Evaluation");
  const visible = ev.sections.filter((s) => canSeeOthers(ev, s, userId, role)).map((s) => s.key);
  const [
    scores,
    {
      rows: [d],
    },
  ] = await Promise.all([
    loadScores(workspace.id, [ev.id], { withText: false }),
    pgPool().query<Row>(SQL, [workspace.id, ev.id, visible, userId, ev.catalogueId]),
  ]);
  const profiles = [
    ...PRESET_PROFILES.map((p) => ({ ...p, preset: true })),
    ...bundle.profiles.map((p) => ({ ...p, preset: false })),
  ];
  // An unknown profile in the address falls back to equal weights, as the page always did.
  const profile = profiles.find((p) => p.id === profileRef) ?? EQUAL_WEIGHTS_PROFILE;
  // Progress counts everyone who may score; the picker offers them unless their account is disabled.
  const reviewers = d.members.filter((m) => can(m.role, "scores.write"));
  const summary = summarise(ev, scores, bundle.agreed, profile, userId, role);
  return {
    evaluation: { ...ev, myRole: role },
    profiles,
    summary,
    ...overviewView(ev, summary, role, userId),
    regulations: regulationsPanel(ev, summary.consensus, d.crosswalks),
    activity: activityOf(
      ev,
      reviewers,
      d.counts,
      d.history.map((h) => ({ ...h, savedAt: new Date(h.savedAt) })),
    ),
    // The reviewer picker is for those who may assign reviewers (evaluations.manage).
    reviewers: can(role, "evaluations.manage") ? reviewers.filter((m) => !m.disabled) : [],
  };
}
