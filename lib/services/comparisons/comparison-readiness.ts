import "server-only";
import { z } from "zod";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { comparisonReadiness as project } from "../../compare/readiness";
import type { ComparisonData } from "../../compare/types";
import { AppError } from "../../errors/app-error";
import { comparisonQuerySchema } from "../../schemas/comparison";
import { parseInput } from "../../schemas/parse";
import { crosswalksFrom, READINESS_DISCLAIMER } from "../evaluations/readiness";
import { loadComparison } from "./comparisons";

const querySchema = comparisonQuerySchema
  .omit({ profile: true })
  .extend({ target: z.string().trim().min(1).max(100).optional() });

/**
 * The comparison `data` (already blind-filtered by loadComparison) projected onto every
 * regulation its catalogue is mapped to for `workspaceId`, or the one named by `target`.
 */
export async function comparisonCrosswalks(workspaceId: string, data: ComparisonData, target?: string) {
  const sets = await crosswalksFrom(workspaceId, data.catalogue);
  const chosen = target ? sets.filter((s) => s.target.slug === target) : sets;
  if (target && !chosen.length)
    throw new AppError("validation_failed", `No crosswalk from ${data.catalogue.title} to "${target}".`, [
      { field: "target", message: "unknown target catalogue" },
    ]);
  return chosen.map((set) => project(data, set));
}

/**
 * A comparison projected onto every regulation its catalogue is mapped to (or the one named by
 * `target`): vendors × requirements, each vendor's readiness, and the ranking by it. Built from
 * loadComparison, so the blind rule and N/A apply exactly as on the compare page.
 */
export async function comparisonReadiness(actor: Actor | null, slug: string, raw: unknown) {
  const { evaluations, target } = parseInput(querySchema, raw);
  const { workspace, actor: me } = await authorize(actor, slug, "evaluations.read");
  const data = await loadComparison(me, slug, evaluations, { reviews: false });
  return {
    disclaimer: READINESS_DISCLAIMER,
    crosswalks: await comparisonCrosswalks(workspace.id, data, target),
  };
}
