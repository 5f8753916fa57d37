import "server-only";
import { randomBytes } from "node:crypto";
import { mappingKeyIssues, type BackupMappingSet } from "../../backup/mapping-sets";
import type { CatalogueShape } from "../../backup/references";
import { db, type Prisma } from "../../db";
import { AppError } from "../../errors/app-error";

export interface PlannedMappingSet {
  set: BackupMappingSet;
  /** The version it is stored under: the backup's, or a new one when that is taken here. */
  version: string;
}

/**
 * A backup's mapping sets, checked against their catalogues' criteria before anything is
 * written. A set's slug+version is unique on an instance, so restoring next to the original
 * workspace gives it a new version (as for the workspace's catalogues); links, not-covered list
 * and archive state stay as they were.
 */
export async function planMappingSets(
  sets: BackupMappingSet[],
  shapeOf: (slug: string, version: string) => CatalogueShape,
): Promise<PlannedMappingSet[]> {
  const issues = mappingKeyIssues(sets, shapeOf);
  if (issues.length)
    throw new AppError(
      "validation_failed",
      `The backup's mapping sets cannot be restored: ${issues[0].field}: ${issues[0].message}`,
      issues,
    );
  const taken = await db().mappingSet.findMany({
    where: { OR: sets.map((m) => ({ slug: m.slug, version: m.version })) },
    select: { slug: true, version: true },
  });
  const isTaken = new Set(taken.map((t) => `${t.slug}@${t.version}`));
  return sets.map((set) => ({
    set,
    version: isTaken.has(`${set.slug}@${set.version}`)
      ? `${set.version.slice(0, 34)}-restored-${randomBytes(3).toString("hex")}`
      : set.version,
  }));
}

/**
 * Stores the planned sets in the restore's transaction, each as a draft with its links, then
 * published (the trigger freezes it from then on) with its original publication and archive dates.
 */
export async function storePlannedMappingSets(
  tx: Prisma.TransactionClient,
  plans: PlannedMappingSet[],
  catalogueIds: Map<string, string>,
  workspaceId: string,
) {
  const idOf = (c: { slug: string; version: string }) => catalogueIds.get(`${c.slug}@${c.version}`)!;
  for (const { set: m, version } of plans) {
    const row = await tx.mappingSet.create({
      data: {
        slug: m.slug,
        version,
        title: m.title,
        author: m.author,
        description: m.description,
        sourceUrl: m.sourceUrl,
        sourceCatalogueId: idOf(m.source),
        targetCatalogueId: idOf(m.target),
        notCovered: m.notCovered,
        sourceFormat: m.sourceFormat,
        sourceDigest: m.sourceDigest,
        workspaceId,
      },
      select: { id: true },
    });
    await tx.mappingLink.createMany({
      data: m.links.map((l, position) => ({ ...l, position, mappingSetId: row.id })),
    });
    await tx.mappingSet.update({
      where: { id: row.id },
      data: {
        status: "published",
        publishedAt: m.publishedAt ? new Date(m.publishedAt) : new Date(),
        archivedAt: m.archivedAt ? new Date(m.archivedAt) : null,
      },
    });
  }
  return plans.length;
}
