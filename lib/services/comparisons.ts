import "server-only";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import type { ComparisonCell, ComparisonData, ComparisonVendor } from "../compare/types";
import { db } from "../db";
import { AppError } from "../errors/app-error";
import type { Role } from "../generated/prisma/enums";
import { consensus, type ReviewerScore, type ScoreValue } from "../scoring";
import { loadEvaluation, type LoadedEvaluation } from "./evaluation-access";
import { canSeeOthers } from "./scores";
import { listWeightProfiles } from "./weight-profiles";

type Evidence = Array<{ url: string; grade: string }>;

/**
 * Everything a comparison view shows, for evaluations of one catalogue version, as the caller
 * may see it: sections the caller is blind to carry no consensus and no reviews.
 */
export async function loadComparison(actor: Actor | null, slug: string, evaluationIds: string[]): Promise<ComparisonData> {
  const { workspace, role } = await authorize(actor, slug, "evaluations.read");
  const evs: LoadedEvaluation[] = [];
  for (const id of evaluationIds) evs.push(await loadEvaluation(workspace.id, id));
  const versions = new Set(evs.map((e) => e.catalogueId));
  if (versions.size > 1) {
    const list = evs.map((e) => `${e.framework.name} uses ${e.catalogue.title} ${e.catalogue.version}`).join("; ");
    throw new AppError("validation_failed", `Only evaluations of one catalogue version can be compared: ${list}.`, [{ field: "evaluations", message: "different catalogue versions" }]);
  }
  const ids = evs.map((e) => e.id);
  const [scores, agreed, profiles] = await Promise.all([
    db().score.findMany({ where: { workspaceId: workspace.id, evaluationId: { in: ids } }, select: { evaluationId: true, criterionKey: true, reviewerId: true, value: true, notApplicable: true, rationale: true, evidence: true, carriedOver: true } }),
    db().agreedScore.findMany({ where: { evaluationId: { in: ids } }, select: { evaluationId: true, criterionKey: true, value: true, notApplicable: true, reason: true } }),
    listWeightProfiles(actor, slug),
  ]);
  const users = await db().user.findMany({ where: { id: { in: [...new Set(scores.map((s) => s.reviewerId))] } }, select: { id: true, name: true, email: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name || u.email]));
  const first = evs[0];
  return {
    generatedAt: new Date().toISOString(),
    catalogue: { slug: first.catalogue.slug, version: first.catalogue.version, title: first.catalogue.title, max: first.maxValue, levels: first.scale.levels.map((l) => ({ value: l.value, label: l.label })) },
    sections: first.sections.map((s) => ({ key: s.key, title: s.title, criteria: s.criteria })),
    vendors: evs.map((ev) => vendorOf(ev, actor!.userId, role, scores.filter((s) => s.evaluationId === ev.id), agreed.filter((a) => a.evaluationId === ev.id), nameOf)),
    profiles: profiles.map(({ id, name, sectionWeights, criterionWeights, knockouts }) => ({ id, name, sectionWeights, criterionWeights, knockouts })),
    hideReviewers: false,
  };
}

type ScoreRow = { criterionKey: string; reviewerId: string; value: number | null; notApplicable: boolean; rationale: string; evidence: unknown; carriedOver: boolean };
type AgreedRow = { criterionKey: string; value: number | null; notApplicable: boolean; reason: string };

function vendorOf(ev: LoadedEvaluation, userId: string, role: Role, scores: ScoreRow[], agreed: AgreedRow[], nameOf: Map<string, string>): ComparisonVendor {
  const cells: Record<string, ComparisonCell> = {};
  const agreedBy = new Map(agreed.map((a) => [a.criterionKey, a]));
  const sections = ev.sections.map((section) => {
    const hidden = section.inScope && !canSeeOthers(ev, section, userId, role);
    if (section.inScope && !hidden) {
      // Consensus is built from submitted reviewers only, as on the evaluation overview.
      const submitted = new Set(section.submittedByIds);
      for (const c of section.criteria) {
        const rows = scores.filter((s) => s.criterionKey === c.key && submitted.has(s.reviewerId));
        const a = agreedBy.get(c.key);
        const value = (s: ScoreRow): ScoreValue => (s.notApplicable ? "na" : s.value);
        const votes: ReviewerScore[] = rows.map((s) => ({ value: value(s), lowConfidence: claimsOnly(s.evidence) }));
        const result = consensus(votes, a ? (a.notApplicable ? "na" : a.value) : null, { max: ev.maxValue });
        cells[c.key] = {
          value: result.value, source: result.source, spread: result.spread, disagreement: result.disagreement, lowConfidence: !!result.lowConfidence,
          carriedOver: rows.some((s) => s.carriedOver), agreedReason: a?.reason ?? null,
          reviews: rows.map((s) => ({ reviewer: nameOf.get(s.reviewerId) ?? "Reviewer", value: value(s), rationale: s.rationale, evidence: (s.evidence as Evidence) ?? [] })),
        };
      }
    }
    return { key: section.key, inScope: section.inScope, hidden, submittedBy: section.submittedByIds.length };
  });
  return { evaluationId: ev.id, framework: { name: ev.framework.name, vendor: ev.framework.vendor, productVersion: ev.framework.productVersion }, status: ev.status, sections, cells };
}

/** "Claims-only scores are marked as low confidence" (product.md): every link is a vendor claim. */
function claimsOnly(evidence: unknown) {
  const list = Array.isArray(evidence) ? (evidence as Evidence) : [];
  return list.length > 0 && list.every((e) => e.grade === "vendor_claim");
}
