import "server-only";
import { z } from "zod";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";
import { parseInput } from "../../schemas/parse";
import {
  alphaLabel,
  consensus,
  EQUAL_WEIGHTS_PROFILE,
  evaluate,
  ordinalAlpha,
  presetProfile,
  type ConsensusResult,
  type ReliabilityData,
  type ScoreValue,
  type WeightProfile,
} from "../../scoring/index";
import type { Role } from "../../generated/prisma/enums";
import { loadEvaluation, type LoadedEvaluation } from "./evaluation-access";
import { canSeeOthers } from "./scores";

const profileQuery = z.object({ profile: z.string().trim().max(80).optional() });

/** A preset id ("cloud-only"), a workspace profile's id, or equal weights by default. */
export async function resolveProfile(workspaceId: string, ref: string | undefined): Promise<WeightProfile> {
  if (!ref) return EQUAL_WEIGHTS_PROFILE;
  const preset = presetProfile(ref);
  if (preset) return preset;
  const custom = z.uuid().safeParse(ref).success
    ? await db().weightProfile.findFirst({
        where: { id: ref, workspaceId },
        select: { id: true, name: true, sectionWeights: true, criterionWeights: true, knockouts: true },
      })
    : null;
  if (!custom)
    throw new AppError("validation_failed", `Unknown weight profile "${ref}".`, [
      { field: "profile", message: "unknown profile" },
    ]);
  return custom as unknown as WeightProfile;
}

/**
 * Consensus, section scores, coverage, agreement and knock-outs, computed with lib/scoring
 * from the SUBMITTED reviewers' scores. Sections the caller must stay blind to come back
 * hidden (and then so does the overall score, which would reveal them).
 */
export async function evaluationSummary(
  actor: Actor | null,
  slug: string,
  evaluationId: string,
  raw: unknown = {},
) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "evaluations.read");
  const { profile: profileRef } = parseInput(profileQuery, raw);
  const ev = await loadEvaluation(workspace.id, evaluationId);
  const profile = await resolveProfile(workspace.id, profileRef);
  const { scores, agreed } = await loadVotes(workspace.id, ev.id);
  return summarise(ev, scores, agreed, profile, me.userId, role);
}

/** Every reviewer's score and the agreed values of one evaluation: what `summarise` reads. */
export async function loadVotes(workspaceId: string, evaluationId: string) {
  const [scores, agreed] = await Promise.all([
    db().score.findMany({
      where: { evaluationId, workspaceId },
      select: { criterionKey: true, reviewerId: true, value: true, notApplicable: true },
    }),
    db().agreedScore.findMany({
      where: { evaluationId },
      select: { criterionKey: true, value: true, notApplicable: true },
    }),
  ]);
  return { scores, agreed };
}

type Vote = { criterionKey: string; reviewerId: string; value: number | null; notApplicable: boolean };

/** The summary of `ev` from its scores and agreed values, as `userId` (with `role`) may see it. */
export function summarise(
  ev: LoadedEvaluation,
  scores: Vote[],
  agreed: Array<Omit<Vote, "reviewerId">>,
  profile: WeightProfile,
  userId: string,
  role: Role,
) {
  const vote = new Map(scores.map((s) => [`${s.criterionKey}\u0000${s.reviewerId}`, s]));
  const agreedBy = new Map(agreed.map((a) => [a.criterionKey, a.notApplicable ? ("na" as const) : a.value!]));
  const valueOf = (s: { value: number | null; notApplicable: boolean }): ScoreValue =>
    s.notApplicable ? "na" : s.value;
  const consensusBy: Record<string, ConsensusResult> = {};
  const sections = ev.sections
    .filter((s) => s.inScope)
    .map((section) => {
      const hidden = !canSeeOthers(ev, section, userId, role);
      const submitted = section.submittedByIds;
      const rows: ReliabilityData = section.criteria.map((c) =>
        submitted.map((r) => {
          const s = vote.get(`${c.key}\u0000${r}`);
          return s ? valueOf(s) : undefined;
        }),
      );
      let disagreements = 0;
      section.criteria.forEach((c, i) => {
        const result = consensus(
          rows[i].filter((v): v is ScoreValue => v !== undefined),
          agreedBy.get(c.key) ?? null,
          { max: ev.maxValue },
        );
        if (result.disagreement) disagreements++;
        if (!hidden) consensusBy[c.key] = result;
      });
      const alpha = hidden ? null : ordinalAlpha(rows);
      return {
        key: section.key,
        title: section.title,
        hidden,
        submittedBy: submitted.length,
        alpha,
        alphaLabel: alphaLabel(alpha),
        disagreements: hidden ? null : disagreements,
        rows,
      };
    });
  const anyHidden = sections.some((s) => s.hidden);
  const result = evaluate(
    {
      max: ev.maxValue,
      sections: ev.sections.map((s) => ({
        key: s.key,
        inScope: s.inScope && !sections.find((x) => x.key === s.key)?.hidden,
        criterionKeys: s.criteria.map((c) => c.key),
      })),
    },
    consensusBy,
    profile,
  );
  const byKey = new Map(result.sections.map((s) => [s.key, s]));
  // Alpha pairs values within a unit (criterion) only; who a column belongs to does not enter
  // the coincidence matrix, so units of sections with different reviewers can be pooled.
  const evaluationAlpha = anyHidden
    ? null
    : ordinalAlpha(sections.filter((s) => !s.hidden).flatMap((s) => s.rows));
  return {
    evaluation: {
      id: ev.id,
      status: ev.status,
      framework: ev.framework,
      catalogue: { slug: ev.catalogue.slug, version: ev.catalogue.version, title: ev.catalogue.title },
    },
    profile: { id: profile.id, name: profile.name },
    overall: anyHidden ? null : result.overall,
    coverage: anyHidden ? null : result.coverage,
    alpha: evaluationAlpha,
    alphaLabel: alphaLabel(evaluationAlpha),
    disqualified: anyHidden ? null : result.disqualified,
    knockouts: anyHidden ? [] : result.knockouts,
    sections: sections.map((s) => ({
      key: s.key,
      title: s.title,
      hidden: s.hidden,
      submittedBy: s.submittedBy,
      alpha: s.alpha,
      alphaLabel: s.alphaLabel,
      disagreements: s.disagreements,
      score: byKey.get(s.key)?.score ?? null,
      coverage: byKey.get(s.key)?.coverage ?? null,
      weight: byKey.get(s.key)?.weight ?? null,
    })),
    consensus: consensusBy,
  };
}
