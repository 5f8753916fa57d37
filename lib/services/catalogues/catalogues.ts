import "server-only";
import { cache } from "react";
import { db, type Prisma } from "../../db";
import { notFound } from "../../errors/app-error";
import { catalogueRefSchema, criterionRefSchema, scaleSchema, type Scale } from "../../schemas/catalogue";

/**
 * Catalogues are public reference data (the OWASP document is CC BY-SA), readable by anyone;
 * writes go through catalogue-store.ts. Route parameters are validated here, so a malformed
 * slug or key is a 404 just like an unknown one, and never reaches the database.
 */

export interface CatalogueSummary {
  slug: string;
  version: string;
  title: string;
  publisher: string;
  publishedOn: string | null;
  licence: string | null;
  /** `target`: a regulation reached through mapping sets, not scored directly. */
  purpose: "assessment" | "target";
  sectionCount: number;
  criterionCount: number;
}

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export const listCatalogues = cache(async (): Promise<CatalogueSummary[]> => {
  const rows = await db().catalogue.findMany({
    // Built-in catalogues only: imported ones belong to their workspace (catalogue-workspace.ts).
    where: { status: "published", workspaceId: null },
    orderBy: [{ title: "asc" }, { version: "desc" }],
    select: {
      slug: true,
      version: true,
      title: true,
      publisher: true,
      publishedOn: true,
      licence: true,
      purpose: true,
      _count: { select: { sections: true, criteria: true } },
    },
  });
  return rows.map(({ _count, publishedOn, ...r }) => ({
    ...r,
    publishedOn: isoDate(publishedOn),
    sectionCount: _count.sections,
    criterionCount: _count.criteria,
  }));
});

export const getCatalogue = cache(async (slug: string, version: string) => {
  const ref = catalogueRefSchema.safeParse({ slug, version });
  if (!ref.success) throw notFound("Catalogue");
  const detail = await findCatalogueDetail({
    slug: ref.data.slug,
    version: ref.data.version,
    workspaceId: null,
  });
  if (!detail) throw notFound("Catalogue");
  return detail;
});

/** A published catalogue with its sections and criteria, in order; `where` adds the tenant filter. */
export async function findCatalogueDetail(where: Prisma.CatalogueWhereInput) {
  const row = await db().catalogue.findFirst({
    where: { ...where, status: "published" },
    include: {
      sections: {
        orderBy: { position: "asc" },
        include: { criteria: { orderBy: { position: "asc" } } },
      },
    },
  });
  if (!row) return null;
  return {
    slug: row.slug,
    version: row.version,
    title: row.title,
    description: row.description,
    publishedAt: row.publishedAt,
    archivedAt: row.archivedAt,
    builtIn: row.workspaceId === null,
    purpose: row.purpose,
    source: {
      title: row.title,
      publisher: row.publisher,
      publishedOn: isoDate(row.publishedOn),
      url: row.sourceUrl,
      licence: row.licence,
      format: row.sourceFormat,
    },
    scale: scaleSchema.parse(row.scale) as Scale,
    sections: row.sections.map((s) => ({
      key: s.key,
      title: s.title,
      description: s.description,
      criteria: s.criteria.map((c) => ({
        key: c.key,
        parentKey: c.parentKey,
        title: c.title,
        description: c.description,
        guidance: c.guidance,
        levelGuidance: c.levelGuidance as Record<string, string>,
      })),
    })),
  };
}
export type CatalogueDetail = NonNullable<Awaited<ReturnType<typeof findCatalogueDetail>>>;

/** One criterion with its section, its catalogue's scale and source, and its neighbours. */
export async function getCriterion(slug: string, version: string, key: string) {
  const ref = criterionRefSchema.safeParse({ slug, version, key });
  if (!ref.success) throw notFound("Criterion");
  const catalogue = await getCatalogue(ref.data.slug, ref.data.version);
  const all = catalogue.sections.flatMap((s) => s.criteria.map((c) => ({ ...c, section: s })));
  const index = all.findIndex((c) => c.key === ref.data.key);
  if (index < 0) throw notFound("Criterion");
  const { section, ...criterion } = all[index];
  return {
    catalogue: {
      slug: catalogue.slug,
      version: catalogue.version,
      title: catalogue.title,
      source: catalogue.source,
      scale: catalogue.scale,
    },
    section: { key: section.key, title: section.title },
    criterion,
    previous: index > 0 ? { key: all[index - 1].key, title: all[index - 1].title } : null,
    next: index < all.length - 1 ? { key: all[index + 1].key, title: all[index + 1].title } : null,
  };
}
