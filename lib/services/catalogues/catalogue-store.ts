import "server-only";
import { db, type Prisma } from "../../db";
import { AppError } from "../../errors/app-error";
import type { CatalogueInput } from "../../schemas/catalogue";

export type StoreResult = {
  status: "created" | "unchanged";
  slug: string;
  version: string;
  criteriaCount: number;
};

/**
 * Stores a catalogue version in one transaction and publishes it. Publishing makes it
 * immutable (a database trigger enforces that). Storing the same content again is a no-op,
 * which makes the start-up seed idempotent; different content under an existing version is a
 * conflict: a changed catalogue is a new version.
 */
export interface StoreOptions {
  /** The importing workspace; null/absent = built-in (the seed). */
  workspaceId?: string | null;
  /** Uploads: an existing slug+version is always a 409 (the seed's idempotence is only for its own files). */
  refuseExisting?: boolean;
  /** Runs inside the same transaction after the rows are written (the audit event). */
  afterStore?: (tx: Prisma.TransactionClient, catalogueId: string) => Promise<void>;
}

export async function storeCatalogueVersion(
  input: CatalogueInput,
  digest: string,
  options: StoreOptions = {},
): Promise<StoreResult> {
  const criteriaCount = input.sections.reduce((n, s) => n + s.criteria.length, 0);
  const base = { slug: input.slug, version: input.version, criteriaCount };
  return db().$transaction(
    async (tx) => {
      // Serialises concurrent seeds of the same version (two instances starting at once).
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`catalogue:${input.slug}:${input.version}`}))`;
      const existing = await tx.catalogue.findUnique({
        where: { slug_version: { slug: input.slug, version: input.version } },
        select: { sourceDigest: true },
      });
      if (existing) {
        if (existing.sourceDigest === digest && !options.refuseExisting)
          return { status: "unchanged" as const, ...base };
        throw new AppError(
          "conflict",
          `Catalogue ${input.slug} version ${input.version} already exists; give the new content a new version.`,
          [{ field: "version", message: `${input.slug} ${input.version} is taken` }],
        );
      }
      const catalogueId = await insertCatalogueVersion(tx, input, digest, options.workspaceId ?? null);
      await options.afterStore?.(tx, catalogueId);
      return { status: "created" as const, ...base };
    },
    { timeout: 60_000 },
  );
}

/**
 * The rows of a new, published catalogue version, inside the caller's transaction (a workspace
 * restore stores its catalogues and everything that points at them together). Returns its id.
 */
export async function insertCatalogueVersion(
  tx: Prisma.TransactionClient,
  input: CatalogueInput,
  digest: string,
  workspaceId: string | null,
): Promise<string> {
  const catalogue = await tx.catalogue.create({
    data: {
      slug: input.slug,
      version: input.version,
      title: input.title,
      publisher: input.publisher,
      publishedOn: input.publishedOn ? new Date(`${input.publishedOn}T00:00:00Z`) : null,
      sourceUrl: input.sourceUrl,
      licence: input.licence,
      description: input.description,
      scale: input.scale,
      sourceFormat: input.sourceFormat,
      sourceDigest: digest,
      workspaceId,
      purpose: input.purpose ?? "assessment",
    },
  });
  // Two bulk inserts whatever the size (800-53: 18 sections, 287 criteria), not one per row.
  const sections = await tx.section.createManyAndReturn({
    data: input.sections.map((s, position) => ({
      catalogueId: catalogue.id,
      key: s.key,
      title: s.title,
      description: s.description,
      position,
    })),
    select: { id: true, key: true },
  });
  const sectionId = new Map(sections.map((s) => [s.key, s.id]));
  await tx.criterion.createMany({
    data: input.sections.flatMap((s) =>
      s.criteria.map((c, i) => ({
        catalogueId: catalogue.id,
        sectionId: sectionId.get(s.key)!,
        key: c.key,
        parentKey: c.parentKey,
        sourceId: c.sourceId ?? null,
        title: c.title,
        description: c.description,
        guidance: c.guidance,
        levelGuidance: c.levelGuidance,
        position: i,
      })),
    ),
  });
  await tx.catalogue.update({
    where: { id: catalogue.id },
    data: { status: "published", publishedAt: new Date() },
  });
  return catalogue.id;
}
