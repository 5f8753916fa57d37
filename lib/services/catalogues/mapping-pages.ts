import "server-only";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { can } from "../../auth/policy";
import { mappingArchiveToggle } from "./archive-toggles";
import { getMappingSet } from "./mapping-set-detail";
import { listMappingSets } from "./mapping-sets";
import { mappingRows, notCoveredRows, parseMappingFilter, relationshipCounts } from "./mapping-view";

/** View models of the mapping-set pages: one call per page, the rules in mapping-view.ts. */

type SearchParams = Record<string, string | string[] | undefined>;

/** The list, and whether the reader may import (the same permission the import service checks). */
export async function mappingSetsPage(actor: Actor | null, slug: string) {
  const { role, actor: me } = await authorize(actor, slug, "workspace.read");
  return { rows: await listMappingSets(me, slug), canImport: can(role, "catalogues.import") };
}

const FORMATS = [
  { format: "oscal", label: "OSCAL" },
  { format: "ciso-assistant", label: "CISO Assistant" },
] as const;

/** One mapping set: header facts, the filtered two-column rows, the not-covered list, downloads. */
export async function mappingSetPage(actor: Actor | null, slug: string, id: string, sp: SearchParams) {
  const set = await getMappingSet(actor, slug, id);
  const filter = parseMappingFilter(sp);
  const { rows, shownLinks } = mappingRows(set.links, set.sourceCriteria, set.targetCriteria, filter);
  const base = `/w/${slug}/mappings/${set.id}`;
  return {
    set: {
      id: set.id,
      title: set.title,
      version: set.version,
      author: set.author,
      description: set.description,
      sourceUrl: set.sourceUrl,
      source: set.source,
      target: set.target,
      origin: set.builtIn ? "Built-in" : "Imported into this workspace",
      format: set.sourceFormat === "oscal" ? "OSCAL" : "CISO Assistant",
      publishedOn: set.publishedAt?.toISOString().slice(0, 10) ?? null,
      archivedOn: set.archivedAt?.toISOString().slice(0, 10) ?? null,
    },
    counts: relationshipCounts(set.links),
    totalLinks: set.links.length,
    filter,
    filtered: filter.q !== "" || filter.rel !== null,
    rows,
    shownLinks,
    notCovered: notCoveredRows(set.notCovered, set.targetCriteria),
    downloads: FORMATS.map((f) => ({ ...f, href: `${base}/export?format=${f.format}` })),
    clearHref: base,
    archive: set.mayArchive ? mappingArchiveToggle(set) : null,
  };
}
