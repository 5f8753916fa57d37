import "server-only";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db, pgPool } from "../../db";
import { notFound } from "../../errors/app-error";
import { loadComparisonBundle } from "../comparisons/comparison-load";
import { canSeeOthers } from "./scores";
import type { ScoreFields } from "./columns";

type Details = Map<string, { description: string; levelGuidance: Record<string, string> }>;

// Criterion texts of a published catalogue version never change (a database trigger enforces
// it), so they are read once per process, like loadEvaluation's catalogue shapes.
const details = new Map<string, Promise<Details>>();
function criterionDetails(catalogueId: string): Promise<Details> {
  let d = details.get(catalogueId);
  if (!d) {
    d = db()
      .criterion.findMany({
        where: { catalogueId, catalogue: { status: "published" } },
        select: { key: true, description: true, levelGuidance: true },
      })
      .then(
        (rows) =>
          new Map(
            rows.map((r) => [
              r.key,
              { description: r.description, levelGuidance: r.levelGuidance as Record<string, string> },
            ]),
          ),
      );
    details.set(catalogueId, d);
    d.catch(() => details.delete(catalogueId));
  }
  return d;
}

// listScores' rows and reviewer names in one statement: the caller's own scores, and everyone's
// in the sections the caller may see (the blind rule's list, computed before the query).
const SQL = `SELECT s.id, s."criterionKey", s."sectionKey", s."reviewerId", s.value, s."notApplicable", s.rationale, s.evidence, s."carriedOver", s.version,
  u.name AS "reviewerName", u.email AS "reviewerEmail"
  FROM "Score" s JOIN "User" u ON u.id = s."reviewerId"
  WHERE s."workspaceId" = $1 AND s."evaluationId" = $2 AND s."sectionKey" = $3 AND (s."reviewerId" = $4 OR s."sectionKey" = ANY($5::text[]))
  ORDER BY s."criterionKey"`;

export interface ScoringRow extends ScoreFields {
  id: string;
  reviewerName: string;
  reviewerEmail: string;
}

/**
 * The scoring page of one section in three statements (four on a process's first visit to a
 * catalogue): the authorisation, the evaluation with its agreed values, then the section's
 * scores and names. Agreed values and others' scores only where the caller may see them.
 */
export async function scoringPage(
  actor: Actor | null,
  slug: string,
  evaluationId: string,
  sectionKey: string,
) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "evaluations.read");
  const userId = me.userId;
  const bundle = await loadComparisonBundle(workspace.id, [evaluationId]);
  const ev = bundle.evaluations[0];
  if (!ev) throw notFound("Evaluation");
  const section = ev.sections.find((s) => s.key === sectionKey);
  if (!section || !section.inScope) throw notFound("Section");
  const visibleSections = ev.sections.filter((s) => canSeeOthers(ev, s, userId, role)).map((s) => s.key);
  const [{ rows: scores }, texts] = await Promise.all([
    pgPool().query<ScoringRow>(SQL, [workspace.id, ev.id, section.key, userId, visibleSections]),
    criterionDetails(ev.catalogueId),
  ]);
  const visible = new Set(
    ev.sections.filter((s) => visibleSections.includes(s.key)).flatMap((s) => s.criteria.map((c) => c.key)),
  );
  return {
    evaluation: { ...ev, myRole: role },
    section,
    visibleSections,
    scores,
    details: texts,
    agreed: bundle.agreed.filter((a) => visible.has(a.criterionKey)),
    userId,
  };
}
