import "server-only";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { toBackupMappingSet } from "../../backup/mapping-sets";
import { referencedUserIds, toBackup, type WorkspaceRows } from "../../backup/to-backup";
import type { BackupInput } from "../../backup/schema";
import { db, type Prisma } from "../../db";
import { frameworkColumns, scoreColumns, sectionColumns } from "../evaluations/columns";
import { exportOscalCatalog } from "../../interop/oscal/export-catalog";
import { appVersion } from "../../pdf/version";
import { toExportable } from "../catalogues/catalogue-export";
import { findCatalogueDetail } from "../catalogues/catalogues";
import { mappingLinks, mappingSetFacts } from "../catalogues/mapping-columns";

type Tx = Prisma.TransactionClient;

/**
 * The whole workspace as one versioned JSON document (lib/backup/schema.ts): frameworks,
 * evaluations with every reviewer's scores, agreed values, profiles, saved comparisons, the
 * people they name and the workspace's own catalogues. Owner only, audited. Read in one
 * repeatable-read transaction, so a score saved meanwhile cannot leave it half-consistent.
 * Only id, name and email of users are ever selected: no hash, MFA secret or token.
 */
export async function exportWorkspaceBackup(
  actor: Actor | null,
  slug: string,
): Promise<{ filename: string; backup: BackupInput }> {
  const { workspace, actor: me } = await authorize(actor, slug, "workspace.backup");
  const backup = await db().$transaction(
    async (tx) => {
      const rows = await readRows(tx, workspace.id);
      const doc = toBackup(rows, { exportedAt: new Date(), appVersion: appVersion() });
      await recordAudit(tx, {
        action: "workspace.backup_exported",
        actor: me,
        workspaceId: workspace.id,
        targetType: "workspace",
        targetId: workspace.id,
        after: {
          frameworks: doc.frameworks.length,
          evaluations: doc.evaluations.length,
          people: doc.people.length,
          profiles: doc.profiles.length,
          comparisons: doc.comparisons.length,
          catalogues: doc.catalogues.length,
          mappingSets: doc.mappingSets?.length ?? 0,
        },
      });
      return doc;
    },
    { isolationLevel: "RepeatableRead", timeout: 60_000 },
  );
  return { filename: `backup-${workspace.slug}-${backup.exportedAt.slice(0, 10)}.json`, backup };
}

async function readRows(tx: Tx, workspaceId: string): Promise<WorkspaceRows> {
  const where = { workspaceId };
  const [ws, members, frameworks, profiles, evaluations, comparisons, ownCatalogues, mappingSets] =
    await Promise.all([
      tx.workspace.findUniqueOrThrow({
        where: { id: workspaceId },
        select: { name: true, requireMfa: true },
      }),
      tx.membership.findMany({ where, select: { userId: true } }),
      tx.framework.findMany({
        where,
        orderBy: { createdAt: "asc" },
        select: frameworkColumns,
      }),
      tx.weightProfile.findMany({
        where,
        orderBy: { name: "asc" },
        select: { id: true, name: true, sectionWeights: true, criterionWeights: true, knockouts: true },
      }),
      tx.evaluation.findMany({
        where,
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          frameworkId: true,
          status: true,
          finalizedAt: true,
          previousEvaluationId: true,
          createdById: true,
          createdAt: true,
          catalogue: { select: { slug: true, version: true } },
          sections: {
            orderBy: { sectionKey: "asc" },
            select: sectionColumns,
          },
          scores: {
            orderBy: [{ criterionKey: "asc" }, { reviewerId: "asc" }],
            select: scoreColumns,
          },
          agreed: {
            orderBy: { criterionKey: "asc" },
            select: {
              criterionKey: true,
              value: true,
              notApplicable: true,
              reason: true,
              setById: true,
              setAt: true,
            },
          },
        },
      }),
      tx.savedComparison.findMany({
        where,
        orderBy: { createdAt: "asc" },
        select: { name: true, description: true, query: true },
      }),
      tx.catalogue.findMany({ where: { workspaceId, status: "published" }, select: { id: true } }),
      tx.mappingSet.findMany({
        where: { workspaceId, status: "published" },
        orderBy: [{ slug: "asc" }, { version: "asc" }],
        select: mappingSetColumns,
      }),
    ]);
  const userIds = new Set([...members.map((m) => m.userId), ...referencedUserIds(evaluations)]);
  const users = await tx.user.findMany({
    where: { id: { in: [...userIds] } },
    orderBy: { email: "asc" },
    select: { id: true, name: true, email: true },
  });
  return {
    workspace: ws,
    users,
    frameworks,
    profiles,
    evaluations,
    comparisons,
    catalogues: await catalogueRefs(
      [...evaluations.map((e) => e.catalogue), ...mappingSets.flatMap((m) => [m.source, m.target])],
      ownCatalogues.map((c) => c.id),
    ),
    mappingSets: mappingSets.map(toBackupMappingSet),
  };
}

const catalogueRef = { select: { slug: true, version: true } } as const;
/** A mapping set as a backup holds it: the workspace's own sets only (built-in ones ship with every instance). */
const mappingSetColumns = {
  ...mappingSetFacts,
  sourceFormat: true,
  sourceDigest: true,
  archivedAt: true,
  source: catalogueRef,
  target: catalogueRef,
  links: mappingLinks,
} as const;

/**
 * Built-in catalogues by reference (those the evaluations and mapping sets use); the
 * workspace's own imports in full, as OSCAL catalog JSON.
 */
async function catalogueRefs(used: Array<{ slug: string; version: string }>, ownIds: string[]) {
  const own = await Promise.all(ownIds.map((id) => findCatalogueDetail({ id })));
  const out = new Map<string, WorkspaceRows["catalogues"][number]>();
  for (const c of own)
    if (c)
      out.set(`${c.slug}@${c.version}`, {
        slug: c.slug,
        version: c.version,
        oscal: exportOscalCatalog(toExportable(c)),
      });
  for (const c of used)
    if (!out.has(`${c.slug}@${c.version}`))
      out.set(`${c.slug}@${c.version}`, { slug: c.slug, version: c.version, oscal: null });
  return [...out.values()];
}
