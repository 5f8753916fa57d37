import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { can } from "../../auth/policy";
import { db } from "../../db";
import { AppError, notFound } from "../../errors/app-error";
import { catalogueRefSchema } from "../../schemas/catalogue";
import { parseInput } from "../../schemas/parse";
import { findCatalogueDetail } from "./catalogues";

/**
 * Catalogues as a workspace sees them: the built-in ones (workspaceId null) plus its own
 * imports. Every query carries that filter, so another workspace's catalogue finds nothing
 * (404) rather than being read and then refused.
 */
export const visibleTo = (workspaceId: string) => ({ OR: [{ workspaceId: null }, { workspaceId }] });

export interface WorkspaceCatalogueRow {
  slug: string;
  version: string;
  title: string;
  publisher: string;
  sourceFormat: string;
  builtIn: boolean;
  purpose: "assessment" | "target";
  archivedAt: Date | null;
  createdAt: Date;
  sectionCount: number;
  criterionCount: number;
  evaluationCount: number;
}

export async function listWorkspaceCatalogues(
  actor: Actor | null,
  wsSlug: string,
  options: { includeArchived?: boolean; purpose?: "assessment" | "target" } = {},
): Promise<WorkspaceCatalogueRow[]> {
  const { workspace } = await authorize(actor, wsSlug, "workspace.read");
  const rows = await db().catalogue.findMany({
    where: {
      status: "published",
      ...visibleTo(workspace.id),
      ...(options.includeArchived === false ? { archivedAt: null } : {}),
      ...(options.purpose ? { purpose: options.purpose } : {}),
    },
    orderBy: [{ title: "asc" }, { version: "desc" }],
    select: {
      slug: true,
      version: true,
      title: true,
      publisher: true,
      sourceFormat: true,
      purpose: true,
      workspaceId: true,
      archivedAt: true,
      createdAt: true,
      // Only this workspace's evaluations count: a built-in catalogue's use elsewhere is not ours to see.
      _count: {
        select: { sections: true, criteria: true, evaluations: { where: { workspaceId: workspace.id } } },
      },
    },
  });
  return rows.map(({ _count, workspaceId, ...r }) => ({
    ...r,
    builtIn: workspaceId === null,
    sectionCount: _count.sections,
    criterionCount: _count.criteria,
    evaluationCount: _count.evaluations,
  }));
}

/** One catalogue the workspace may read (built-in or its own, archived or not). */
export async function getWorkspaceCatalogue(
  actor: Actor | null,
  wsSlug: string,
  slug: string,
  version: string,
) {
  const { workspace, role } = await authorize(actor, wsSlug, "workspace.read");
  const ref = catalogueRefSchema.safeParse({ slug, version });
  if (!ref.success) throw notFound("Catalogue");
  const detail = await findCatalogueDetail({
    slug: ref.data.slug,
    version: ref.data.version,
    ...visibleTo(workspace.id),
  });
  if (!detail) throw notFound("Catalogue");
  // Built-in catalogues are shared by every workspace: none may archive them (setCatalogueArchived).
  return { ...detail, myRole: role, mayArchive: !detail.builtIn && can(role, "catalogues.archive") };
}

const archiveSchema = z.object({
  slug: z.string().max(100),
  version: z.string().max(50),
  archived: z.boolean(),
});

/**
 * Archiving hides a catalogue from new evaluations; existing ones keep reading it (the rows
 * are immutable, only `archivedAt` may change). Built-in catalogues are shared by every
 * workspace, so no single workspace may archive them.
 */
export async function setCatalogueArchived(actor: Actor | null, wsSlug: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, wsSlug, "catalogues.archive");
  const input = parseInput(archiveSchema, raw);
  return db().$transaction(async (tx) => {
    const row = await tx.catalogue.findFirst({
      where: { slug: input.slug, version: input.version, status: "published", ...visibleTo(workspace.id) },
      select: { id: true, workspaceId: true, archivedAt: true },
    });
    if (!row)
      throw new AppError("not_found", "Catalogue not found", [
        { field: "version", message: "unknown catalogue version" },
      ]);
    if (row.workspaceId === null)
      throw new AppError(
        "forbidden",
        "Built-in catalogues are shared by all workspaces and cannot be archived.",
      );
    const archivedAt = input.archived ? (row.archivedAt ?? new Date()) : null;
    await tx.catalogue.update({ where: { id: row.id, workspaceId: workspace.id }, data: { archivedAt } });
    await recordAudit(tx, {
      action: input.archived ? "catalogue.archived" : "catalogue.unarchived",
      actor: me,
      workspaceId: workspace.id,
      targetType: "catalogue",
      targetId: row.id,
      before: { archivedAt: row.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
    });
    return { slug: input.slug, version: input.version, archivedAt };
  });
}
