/**
 * The columns every full read of a mapping set takes (its page, its export, a workspace backup),
 * named once so the three stay alike.
 */
export const mappingSetFacts = {
  slug: true,
  version: true,
  title: true,
  author: true,
  description: true,
  sourceUrl: true,
  publishedAt: true,
  notCovered: true,
} as const;

/** The links in file order, as the page, the exports and backups carry them. */
export const mappingLinks = {
  orderBy: { position: "asc" },
  select: { sourceKey: true, targetKey: true, relationship: true, rationale: true },
} as const;
