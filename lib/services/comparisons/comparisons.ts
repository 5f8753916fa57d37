import "server-only";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import type { ComparisonCell, ComparisonData, ComparisonVendor } from "../../compare/types";
import { db } from "../../db";
import { AppError, notFound } from "../../errors/app-error";
import type { Role } from "../../generated/prisma/enums";
import { consensus, type ReviewerScore, type ScoreValue } from "../../scoring/index";
import { groupScores, loadScores, type ScoreRow } from "./comparison-scores";
import { idSchema } from "../../schemas/framework";
import { PRESET_PROFILES } from "../../scoring/index";
import { loadComparisonBundle, type AgreedRow, type ComparisonBundle } from "./comparison-load";
import { loadEvaluation, type LoadedEvaluation } from "../evaluations/evaluation-access";
import { canSeeOthers } from "../evaluations/scores";

/**
 * Everything a comparison view shows, for evaluations of one catalogue version, as the caller
 * may see it: sections the caller is blind to carry no consensus and no reviews.
 * `reviews: false` (the compare page) leaves every cell's reviews out — rationale and evidence
 * are most of the bytes — and marks the data `reviewsOnDemand`: the page fetches one cell's
 * reviews when it is opened (loadCellReviews). Snapshots, reports and exports keep them.
 */
export async function loadComparison(
  actor: Actor | null,
  slug: string,
  evaluationIds: string[],
  o: { reviews?: boolean } = {},
): Promise<ComparisonData> {
  const withText = o.reviews !== false;
  const { workspace, role, actor: me } = await authorize(actor, slug, "evaluations.read");
  const [bundle, scores] = await Promise.all([
    loadComparisonBundle(workspace.id, evaluationIds),
    loadScores(
      workspace.id,
      evaluationIds.filter((id) => idSchema.safeParse(id).success),
      { withText },
    ),
  ]);
  return assembleComparison(me.userId, role, bundle, scores, withText ? await reviewerNames(scores) : null);
}

/**
 * The comparison of `bundle`'s evaluations as `userId` (with `role`) may see it: the one place
 * the blind rule is applied to comparisons (the compare page, the dashboard's leaders, the API,
 * snapshots and reports all come through here). `nameOf` null: cells carry no reviews.
 */
export function assembleComparison(
  userId: string,
  role: Role,
  bundle: ComparisonBundle,
  scores: ScoreRow[],
  nameOf: Map<string, string> | null,
): ComparisonData {
  const evs = bundle.evaluations.map((e) => e ?? throwNotFound());
  const versions = new Set(evs.map((e) => e.catalogueId));
  if (versions.size > 1) {
    const list = evs
      .map((e) => `${e.framework.name} uses ${e.catalogue.title} ${e.catalogue.version}`)
      .join("; ");
    throw new AppError(
      "validation_failed",
      `Only evaluations of one catalogue version can be compared: ${list}.`,
      [{ field: "evaluations", message: "different catalogue versions" }],
    );
  }
  const ids = new Set(evs.map((e) => e.id));
  const byEvaluation = groupScores(scores.filter((s) => ids.has(s.evaluationId)));
  const first = evs[0];
  return {
    generatedAt: new Date().toISOString(),
    catalogue: {
      slug: first.catalogue.slug,
      version: first.catalogue.version,
      title: first.catalogue.title,
      max: first.maxValue,
      levels: first.scale.levels.map((l) => ({ value: l.value, label: l.label })),
    },
    sections: first.sections.map((s) => ({ key: s.key, title: s.title, criteria: s.criteria })),
    vendors: evs.map((ev) =>
      vendorOf(
        ev,
        userId,
        role,
        byEvaluation.get(ev.id) ?? new Map(),
        bundle.agreed.filter((a) => a.evaluationId === ev.id),
        nameOf ?? new Map(),
      ),
    ),
    profiles: [...PRESET_PROFILES, ...bundle.profiles].map(
      ({ id, name, sectionWeights, criterionWeights, knockouts }) => ({
        id,
        name,
        sectionWeights,
        criterionWeights,
        knockouts,
      }),
    ),
    hideReviewers: false,
    ...(nameOf ? {} : { reviewsOnDemand: true }),
  };
}

const throwNotFound = (): never => {
  throw notFound("Evaluation");
};

/**
 * One cell's reviews, under the same rules as loadComparison (the same vendorOf): what the
 * compare page fetches when a reader opens a score. A cell the caller may not see (blind,
 * out of scope, unknown criterion) is a 404, as is another workspace's evaluation.
 */
export async function loadCellReviews(
  actor: Actor | null,
  slug: string,
  evaluationId: string,
  criterionKey: string,
) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "evaluations.read");
  const ev = await loadEvaluation(workspace.id, evaluationId);
  if (!ev.sections.some((s) => s.criteria.some((c) => c.key === criterionKey))) throw notFound("Criterion");
  const [scores, agreed] = await Promise.all([
    loadScores(workspace.id, [ev.id], { withText: true, criterionKey }),
    loadAgreed(workspace.id, [ev.id], criterionKey),
  ]);
  const vendor = vendorOf(
    ev,
    me.userId,
    role,
    groupScores(scores).get(ev.id) ?? new Map(),
    agreed,
    await reviewerNames(scores),
    criterionKey,
  );
  const cell = vendor.cells[criterionKey];
  if (!cell) throw notFound("Criterion");
  return { evaluationId: ev.id, criterionKey, agreedReason: cell.agreedReason, reviews: cell.reviews };
}

const loadAgreed = (workspaceId: string, ids: string[], criterionKey?: string): Promise<AgreedRow[]> =>
  db().agreedScore.findMany({
    where: {
      evaluationId: { in: ids },
      evaluation: { workspaceId },
      ...(criterionKey ? { criterionKey } : {}),
    },
    select: { evaluationId: true, criterionKey: true, value: true, notApplicable: true, reason: true },
  });

async function reviewerNames(scores: ScoreRow[]) {
  const users = await db().user.findMany({
    where: { id: { in: [...new Set(scores.map((s) => s.reviewerId))] } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((u) => [u.id, u.name || u.email]));
}

function vendorOf(
  ev: LoadedEvaluation,
  userId: string,
  role: Role,
  scores: Map<string, ScoreRow[]>,
  agreed: AgreedRow[],
  nameOf: Map<string, string>,
  only?: string,
): ComparisonVendor {
  const cells: Record<string, ComparisonCell> = {};
  const agreedBy = new Map(agreed.map((a) => [a.criterionKey, a]));
  const value = (s: ScoreRow): ScoreValue => (s.notApplicable ? "na" : s.value);
  const sections = ev.sections.map((section) => {
    const hidden = section.inScope && !canSeeOthers(ev, section, userId, role);
    if (section.inScope && !hidden) {
      // Consensus is built from submitted reviewers only, as on the evaluation overview.
      const submitted = new Set(section.submittedByIds);
      for (const c of section.criteria) {
        if (only !== undefined && c.key !== only) continue;
        const rows = (scores.get(c.key) ?? []).filter((s) => submitted.has(s.reviewerId));
        const a = agreedBy.get(c.key);
        const votes: ReviewerScore[] = rows.map((s) => ({ value: value(s), lowConfidence: s.claimsOnly }));
        const result = consensus(votes, a ? (a.notApplicable ? "na" : a.value) : null, { max: ev.maxValue });
        cells[c.key] = {
          value: result.value,
          source: result.source,
          spread: result.spread,
          disagreement: result.disagreement,
          lowConfidence: !!result.lowConfidence,
          carriedOver: rows.some((s) => s.carriedOver),
          agreedReason: a?.reason ?? null,
          reviews: reviewsOf(rows, nameOf, value),
        };
      }
    }
    return { key: section.key, inScope: section.inScope, hidden, submittedBy: section.submittedByIds.length };
  });
  return {
    evaluationId: ev.id,
    framework: {
      name: ev.framework.name,
      vendor: ev.framework.vendor,
      productVersion: ev.framework.productVersion,
    },
    status: ev.status,
    sections,
    cells,
  };
}

// Rows loaded without text (the compare page) carry no reviews: they come per cell.
const reviewsOf = (
  rows: ScoreRow[],
  nameOf: Map<string, string>,
  value: (s: ScoreRow) => ScoreValue,
): ComparisonCell["reviews"] =>
  rows[0]?.rationale === undefined
    ? []
    : rows.map((s) => ({
        reviewer: nameOf.get(s.reviewerId) ?? "Reviewer",
        value: value(s),
        rationale: s.rationale ?? "",
        evidence: s.evidence ?? [],
      }));
