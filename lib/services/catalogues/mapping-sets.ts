import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { notFound } from "../../errors/app-error";
import { exportCisoMapping, exportOscalMapping, type ExportableMapping } from "../../interop/mapping-export";
import { idSchema } from "../../schemas/framework";
import { parseInput } from "../../schemas/parse";
import { runHeavy } from "../../workers/pool";
import { exportFormatSchema, type CatalogueFile } from "./catalogue-export";
import { detectFormat, importRequestSchema } from "./catalogue-import";
import { visibleTo } from "./catalogue-workspace";
import { mappingLinks, mappingSetFacts } from "./mapping-columns";
import { insertMappingSet } from "./mapping-store";

const catalogueRef = { select: { slug: true, version: true, title: true } } as const;

/** The mapping sets a workspace may use: the built-in crosswalks and its own imports. */
export async function listMappingSets(actor: Actor | null, wsSlug: string) {
  const { workspace } = await authorize(actor, wsSlug, "workspace.read");
  const rows = await db().mappingSet.findMany({
    where: { status: "published", ...visibleTo(workspace.id) },
    orderBy: [{ title: "asc" }, { version: "desc" }],
    select: {
      id: true,
      slug: true,
      version: true,
      title: true,
      author: true,
      sourceFormat: true,
      workspaceId: true,
      archivedAt: true,
      notCovered: true,
      source: catalogueRef,
      target: catalogueRef,
      _count: { select: { links: true } },
    },
  });
  return rows.map(({ _count, workspaceId, notCovered, ...r }) => ({
    ...r,
    builtIn: workspaceId === null,
    links: _count.links,
    notCovered: (notCovered as unknown[]).length,
  }));
}

/**
 * Imports a mapping file into the workspace: an OSCAL 1.2 mapping-collection (JSON) or a CISO
 * Assistant mapping library (YAML, often one set each way). Parsed in the worker pool, then every
 * set it holds is resolved, stored, published and audited in one transaction: all or nothing.
 */
export async function importMappingSets(actor: Actor | null, wsSlug: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, wsSlug, "catalogues.import");
  const request = parseInput(importRequestSchema.omit({ version: true }), raw);
  const format = request.format ?? detectFormat(request.text);
  const source = request.filename || (format === "oscal" ? "mapping.json" : "mapping.yaml");
  const sets = await runHeavy("parseMapping", { format, text: request.text, source });
  const digest = createHash("sha256").update(request.text).digest("hex");
  return db().$transaction(
    async (tx) => {
      const stored = [];
      for (const input of sets) {
        const r = await insertMappingSet(tx, input, digest, {
          workspaceId: workspace.id,
          refuseExisting: true,
        });
        await recordAudit(tx, {
          action: "mapping.imported",
          actor: me,
          workspaceId: workspace.id,
          targetType: "mapping_set",
          targetId: r.id!,
          after: {
            slug: r.slug,
            version: r.version,
            format,
            digest,
            links: r.links,
            notCovered: r.notCovered,
          },
        });
        stored.push({
          id: r.id!,
          slug: r.slug,
          version: r.version,
          links: r.links,
          notCovered: r.notCovered,
        });
      }
      return { mappingSets: stored };
    },
    { timeout: 60_000 },
  );
}

const sideOf = {
  select: { slug: true, version: true, title: true, criteria: { select: { key: true, sourceId: true } } },
} as const;

/** One mapping set of the workspace (built-in or its own) as an OSCAL or CISO Assistant file. */
export async function exportMappingSet(
  actor: Actor | null,
  wsSlug: string,
  id: string,
  raw: unknown,
): Promise<CatalogueFile> {
  const { workspace } = await authorize(actor, wsSlug, "workspace.read");
  const { format } = parseInput(exportFormatSchema, raw);
  if (!idSchema.safeParse(id).success) throw notFound("Mapping set");
  const set = await db().mappingSet.findFirst({
    where: { id, status: "published", ...visibleTo(workspace.id) },
    select: { ...mappingSetFacts, source: sideOf, target: sideOf, links: mappingLinks },
  });
  if (!set) throw notFound("Mapping set");
  const idOf = (side: { criteria: Array<{ key: string; sourceId: string | null }> }) => {
    const ids = new Map(side.criteria.map((c) => [c.key, c.sourceId]));
    return (key: string) => ({ key, sourceId: ids.get(key) ?? null });
  };
  const [sourceOf, targetOf] = [idOf(set.source), idOf(set.target)];
  const mapping: ExportableMapping = {
    ...set,
    source: { slug: set.source.slug, version: set.source.version, title: set.source.title },
    target: { slug: set.target.slug, version: set.target.version, title: set.target.title },
    links: set.links.map((l) => ({
      source: sourceOf(l.sourceKey),
      target: targetOf(l.targetKey),
      relationship: l.relationship,
      rationale: l.rationale,
    })),
    notCovered: (set.notCovered as Array<{ key: string; reason: string }>).map((n) => ({
      ...targetOf(n.key),
      reason: n.reason,
    })),
  };
  const base = `${set.slug}-${set.version}`;
  return format === "oscal"
    ? {
        filename: `${base}.mapping.json`,
        contentType: "application/json",
        body: `${JSON.stringify(exportOscalMapping(mapping), null, 2)}\n`,
      }
    : { filename: `${base}.mapping.yaml`, contentType: "application/yaml", body: exportCisoMapping(mapping) };
}
