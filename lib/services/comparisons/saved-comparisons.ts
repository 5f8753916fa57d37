import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { parseViewState, serializeViewState } from "../../compare/view-state";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";
import { parseInput } from "../../schemas/parse";
import { savedComparisonSchema, savedComparisonsQuerySchema } from "../../schemas/comparison";
import { loadComparison } from "./comparisons";
import type { InTransaction } from "../in-transaction";
import { nameTaken, uniqueName } from "../unique-name";
import { withLeaders } from "./leaders";
import { SAVED_SELECT, savedComparisonView, type SavedComparisonView } from "./saved-comparison-view";

/**
 * The compare page's URL state as stored: it must name 2–20 evaluations the caller may compare
 * (one catalogue version); a refusal names `query`.
 */
export async function comparisonQuery(me: Actor, slug: string, query: string) {
  const view = parseViewState(new URLSearchParams(query.replace(/^\?/, "")));
  // Before loading: a query without `e=` would reach loadComparison with nothing to compare.
  if (view.evaluations.length === 0)
    throw new AppError("validation_failed", "The query names no evaluations (e=…): choose at least 2.", [
      { field: "query", message: "no evaluations (e=) in the query" },
    ]);
  if (view.evaluations.length < 2)
    throw new AppError("validation_failed", "Choose at least 2 evaluations.", [
      { field: "query", message: "at least 2 evaluations" },
    ]);
  await loadComparison(me, slug, view.evaluations.slice(0, 20), { reviews: false }).catch((err) => {
    throw err instanceof AppError
      ? new AppError("validation_failed", `This comparison cannot be saved: ${err.message}`, [
          { field: "query", message: err.message },
        ])
      : err;
  });
  return serializeViewState(view);
}

/** Saves the compare page's URL state under a name; the selection must be a valid comparison. */
export async function saveComparison(
  actor: Actor | null,
  slug: string,
  raw: unknown,
  within?: InTransaction<SavedComparisonView>,
) {
  const { workspace, actor: me } = await authorize(actor, slug, "comparisons.write");
  const input = parseInput(savedComparisonSchema, raw);
  const query = await comparisonQuery(me, slug, input.query);
  return uniqueName("saved comparison", () =>
    db().$transaction(async (tx) => {
      if (
        await tx.savedComparison.findUnique({
          where: { workspaceId_name: { workspaceId: workspace.id, name: input.name } },
        })
      )
        throw nameTaken("saved comparison");
      const row = await tx.savedComparison.create({
        data: {
          workspaceId: workspace.id,
          name: input.name,
          description: input.description,
          query,
          createdById: me.userId,
        },
        select: SAVED_SELECT,
      });
      await recordAudit(tx, {
        action: "comparison.saved",
        actor: me,
        workspaceId: workspace.id,
        targetType: "comparison",
        targetId: row.id,
        after: { name: row.name, query: row.query },
      });
      const saved = savedComparisonView(row);
      await within?.(tx, saved);
      return saved;
    }),
  );
}

/** Saved comparisons shown per page on the compare page (their leaders are loaded together: leaders.ts). */
export const SAVED_PAGE_SIZE = 10;

/** Saved comparisons, newest first, each with its current leader under its own profile. */
export async function listSavedComparisons(actor: Actor | null, slug: string, { limit = 50 } = {}) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "evaluations.read");
  const rows = await db().savedComparison.findMany({
    where: { workspaceId: workspace.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: limit,
    select: SAVED_SELECT,
  });
  return withLeaders(me.userId, role, workspace.id, rows);
}

/**
 * One page of the saved comparisons (the compare page fetches it after rendering): computing
 * every leader while rendering made the page grow with the list (0.37 s → 2.3 s at 50 saved
 * 20-vendor comparisons). A page past the end answers the last page.
 */
export async function savedComparisonsPage(actor: Actor | null, slug: string, raw: unknown) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "evaluations.read");
  const { page } = parseInput(savedComparisonsQuerySchema, raw);
  const total = await db().savedComparison.count({ where: { workspaceId: workspace.id } });
  const pageCount = Math.max(1, Math.ceil(total / SAVED_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const rows = await db().savedComparison.findMany({
    where: { workspaceId: workspace.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (current - 1) * SAVED_PAGE_SIZE,
    take: SAVED_PAGE_SIZE,
    select: SAVED_SELECT,
  });
  return {
    items: await withLeaders(me.userId, role, workspace.id, rows),
    page: current,
    pageCount,
    total,
  };
}

export async function deleteSavedComparison(actor: Actor | null, slug: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, slug, "comparisons.write");
  const { comparisonId } = parseInput(z.object({ comparisonId: z.uuid() }), raw);
  await db().$transaction(async (tx) => {
    const before = await tx.savedComparison.findFirst({
      where: { id: comparisonId, workspaceId: workspace.id },
    });
    if (!before) throw new AppError("not_found", "Saved comparison not found");
    await tx.savedComparison.delete({ where: { id: before.id } });
    await recordAudit(tx, {
      action: "comparison.deleted",
      actor: me,
      workspaceId: workspace.id,
      targetType: "comparison",
      targetId: before.id,
      before: { name: before.name },
    });
  });
}
