import "server-only";
import { db } from "../db";
import { AppError } from "../errors/app-error";
import type { CatalogueInput } from "../schemas/catalogue";

export type StoreResult = { status: "created" | "unchanged"; slug: string; version: string; criteriaCount: number };

/**
 * Stores a catalogue version in one transaction and publishes it. Publishing makes it
 * immutable (a database trigger enforces that). Storing the same content again is a no-op,
 * which makes the start-up seed idempotent; different content under an existing version is a
 * conflict: a changed catalogue is a new version.
 */
export async function storeCatalogueVersion(input: CatalogueInput, digest: string): Promise<StoreResult> {
  const criteriaCount = input.sections.reduce((n, s) => n + s.criteria.length, 0);
  const base = { slug: input.slug, version: input.version, criteriaCount };
  return db().$transaction(async (tx) => {
    // Serialises concurrent seeds of the same version (two instances starting at once).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`catalogue:${input.slug}:${input.version}`}))`;
    const existing = await tx.catalogue.findUnique({
      where: { slug_version: { slug: input.slug, version: input.version } },
      select: { sourceDigest: true },
    });
    if (existing) {
      if (existing.sourceDigest === digest) return { status: "unchanged" as const, ...base };
      throw new AppError("conflict", `Catalogue ${input.slug} version ${input.version} already exists with different content; give the new content a new version.`);
    }
    const catalogue = await tx.catalogue.create({
      data: {
        slug: input.slug, version: input.version, title: input.title, publisher: input.publisher,
        publishedOn: input.publishedOn ? new Date(`${input.publishedOn}T00:00:00Z`) : null,
        sourceUrl: input.sourceUrl, licence: input.licence, description: input.description,
        scale: input.scale, sourceFormat: input.sourceFormat, sourceDigest: digest,
      },
    });
    for (const [position, s] of input.sections.entries()) {
      const section = await tx.section.create({
        data: { catalogueId: catalogue.id, key: s.key, title: s.title, description: s.description, position },
      });
      await tx.criterion.createMany({
        data: s.criteria.map((c, i) => ({
          catalogueId: catalogue.id, sectionId: section.id, key: c.key, parentKey: c.parentKey,
          title: c.title, description: c.description, guidance: c.guidance, levelGuidance: c.levelGuidance, position: i,
        })),
      });
    }
    await tx.catalogue.update({ where: { id: catalogue.id }, data: { status: "published", publishedAt: new Date() } });
    return { status: "created" as const, ...base };
  }, { timeout: 60_000 });
}
