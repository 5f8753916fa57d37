import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { can } from "../../auth/policy";
import { db } from "../../db";
import { AppError, notFound } from "../../errors/app-error";
import { idSchema } from "../../schemas/framework";
import { parseInput } from "../../schemas/parse";
import { visibleTo } from "./catalogue-workspace";
import { mappingLinks, mappingSetFacts } from "./mapping-columns";

const side = { select: { id: true, slug: true, version: true, title: true } } as const;

/** The criteria of a catalogue in reading order (section, then position): key and title. */
const criteriaOf = (catalogueId: string) =>
  db().criterion.findMany({
    where: { catalogueId },
    orderBy: [{ section: { position: "asc" } }, { position: "asc" }],
    select: { key: true, title: true },
  });

/**
 * One mapping set the workspace may read (built-in or its own, archived or not), with its links
 * and the titles of both catalogues' criteria. Another workspace's set is not found (the
 * workspace is in the query), like a malformed id.
 */
export async function getMappingSet(actor: Actor | null, wsSlug: string, id: string) {
  const { workspace, role } = await authorize(actor, wsSlug, "workspace.read");
  if (!idSchema.safeParse(id).success) throw notFound("Mapping set");
  const set = await db().mappingSet.findFirst({
    where: { id, status: "published", ...visibleTo(workspace.id) },
    select: {
      ...mappingSetFacts,
      id: true,
      sourceFormat: true,
      archivedAt: true,
      workspaceId: true,
      source: side,
      target: side,
      links: mappingLinks,
    },
  });
  if (!set) throw notFound("Mapping set");
  const [sourceCriteria, targetCriteria] = await Promise.all([
    criteriaOf(set.source.id),
    criteriaOf(set.target.id),
  ]);
  const { workspaceId, notCovered, ...rest } = set;
  const builtIn = workspaceId === null;
  return {
    ...rest,
    builtIn,
    notCovered: notCovered as Array<{ key: string; reason: string }>,
    sourceCriteria,
    targetCriteria,
    // Built-in sets are shared by every workspace: none may archive them (setMappingSetArchived).
    mayArchive: !builtIn && can(role, "catalogues.archive"),
  };
}

const archiveSchema = z.object({ id: idSchema, archived: z.boolean() });

/**
 * Archiving hides a workspace's own mapping set from readiness (crosswalksFrom skips archived
 * sets) and marks it so in the list; its links stay as published (the trigger lets only
 * `archivedAt` change). The same permission as archiving a catalogue; built-in sets are refused.
 */
export async function setMappingSetArchived(actor: Actor | null, wsSlug: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, wsSlug, "catalogues.archive");
  const input = parseInput(archiveSchema, raw);
  return db().$transaction(async (tx) => {
    const row = await tx.mappingSet.findFirst({
      where: { id: input.id, status: "published", ...visibleTo(workspace.id) },
      select: { id: true, slug: true, version: true, workspaceId: true, archivedAt: true },
    });
    if (!row) throw notFound("Mapping set");
    if (row.workspaceId === null)
      throw new AppError(
        "forbidden",
        "Built-in mapping sets are shared by all workspaces and cannot be archived.",
      );
    const archivedAt = input.archived ? (row.archivedAt ?? new Date()) : null;
    await tx.mappingSet.update({ where: { id: row.id, workspaceId: workspace.id }, data: { archivedAt } });
    await recordAudit(tx, {
      action: input.archived ? "mapping.archived" : "mapping.unarchived",
      actor: me,
      workspaceId: workspace.id,
      targetType: "mapping_set",
      targetId: row.id,
      before: { archivedAt: row.archivedAt?.toISOString() ?? null },
      after: { slug: row.slug, version: row.version, archivedAt: archivedAt?.toISOString() ?? null },
    });
    return { id: row.id, archivedAt };
  });
}
