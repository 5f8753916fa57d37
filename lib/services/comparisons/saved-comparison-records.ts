import "server-only";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { notFound } from "../../errors/app-error";
import { assertFresh, staleChange } from "../../http/content-tag";
import { pageOf, pageWindow, type PageArgs } from "../../http/pagination";
import { savedComparisonUpdateSchema } from "../../schemas/comparison";
import { pathId } from "../../schemas/framework";
import { parseInput } from "../../schemas/parse";
import { nameTaken, uniqueName } from "../unique-name";
import { SAVED_SELECT, savedComparisonView } from "./saved-comparison-view";
import { comparisonQuery } from "./saved-comparisons";

/**
 * The API's reads and change of saved comparisons (the UI saves, lists and deletes them through
 * saved-comparisons.ts). Without leaders: those are computed per comparison under the blind
 * rule, which the compare page pays 10 at a time; an API client compares with /comparisons.
 */
export async function listSavedComparisonsPage(actor: Actor | null, slug: string, page: PageArgs) {
  const { workspace } = await authorize(actor, slug, "evaluations.read");
  const { where, ...window } = pageWindow(page);
  const rows = await db().savedComparison.findMany({
    where: { workspaceId: workspace.id, ...where },
    ...window,
    select: SAVED_SELECT,
  });
  const { items, nextCursor } = pageOf(rows, page);
  return { items: items.map(savedComparisonView), nextCursor };
}

export async function getSavedComparison(actor: Actor | null, slug: string, id: string) {
  const { workspace } = await authorize(actor, slug, "evaluations.read");
  const row = await db().savedComparison.findFirst({
    where: { id: pathId(id, "Saved comparison"), workspaceId: workspace.id },
    select: SAVED_SELECT,
  });
  if (!row) throw notFound("Saved comparison");
  return savedComparisonView(row);
}

/**
 * Renames it, changes its description, or points it at another view (`query`, checked as when
 * saving). `ifMatch`: the ETag last seen (a content hash); a stale one is a 409 with `current`.
 */
export async function updateSavedComparison(
  actor: Actor | null,
  slug: string,
  id: string,
  raw: unknown,
  ifMatch?: string,
) {
  const { workspace, actor: me } = await authorize(actor, slug, "comparisons.write");
  const input = parseInput(savedComparisonUpdateSchema, raw);
  const comparisonId = pathId(id, "Saved comparison");
  const change = {
    ...input,
    ...(input.query ? { query: await comparisonQuery(me, slug, input.query) } : {}),
  };
  return uniqueName("saved comparison", () =>
    db().$transaction(async (tx) => {
      const before = await tx.savedComparison.findFirst({
        where: { id: comparisonId, workspaceId: workspace.id },
        select: SAVED_SELECT,
      });
      if (!before) throw notFound("Saved comparison");
      const current = savedComparisonView(before);
      assertFresh("saved comparison", current, ifMatch);
      if (change.name && change.name !== before.name) {
        const taken = await tx.savedComparison.findUnique({
          where: { workspaceId_name: { workspaceId: workspace.id, name: change.name } },
          select: { id: true },
        });
        if (taken) throw nameTaken("saved comparison");
      }
      // The content read above is in the where clause: check and write are one statement.
      const { count } = await tx.savedComparison.updateMany({
        where: { id: before.id, name: before.name, description: before.description, query: before.query },
        data: change,
      });
      // Lost to a concurrent change (or delete): the 409 carries what is current now.
      if (!count) {
        const now = await tx.savedComparison.findUnique({ where: { id: before.id }, select: SAVED_SELECT });
        throw now ? staleChange("saved comparison", savedComparisonView(now)) : notFound("Saved comparison");
      }
      await recordAudit(tx, {
        action: "comparison.updated",
        actor: me,
        workspaceId: workspace.id,
        targetType: "comparison",
        targetId: before.id,
        before: { name: before.name, description: before.description, query: before.query },
        after: change,
      });
      return savedComparisonView(
        await tx.savedComparison.findUniqueOrThrow({ where: { id: before.id }, select: SAVED_SELECT }),
      );
    }),
  );
}
