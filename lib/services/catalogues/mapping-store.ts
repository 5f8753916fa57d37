import "server-only";
import { db, type Prisma } from "../../db";
import { AppError } from "../../errors/app-error";
import type { MappingRef, MappingSetInput } from "../../schemas/mapping";
import { nodeUrn } from "../../interop/ciso-assistant/export-library";
import { visibleTo } from "./catalogue-workspace";

export interface MappingStoreResult {
  status: "created" | "unchanged";
  slug: string;
  version: string;
  links: number;
  notCovered: number;
}

export interface MappingStoreOptions {
  /** The importing workspace; null/absent = built-in (the seed). */
  workspaceId?: string | null;
  /** Uploads: an existing slug+version is always a 409 (the seed's idempotence is only for its own files). */
  refuseExisting?: boolean;
}

const refused = (field: string, message: string): never => {
  throw new AppError("validation_failed", `${field}: ${message}`, [{ field, message }]);
};

/**
 * Resolves file references to criterion keys: the label when it is a key, else the file id the
 * catalogue was imported with (OSCAL control id, CISO URN), else the URN our own library export
 * gives it, else a key equal to the id whatever its case.
 */
function resolver(catalogue: { slug: string; version: string; criteria: Criterion[] }, side: string) {
  const keys = new Set(catalogue.criteria.map((c) => c.key));
  const byId = new Map<string, string>();
  for (const c of catalogue.criteria) {
    byId.set(nodeUrn(catalogue.slug, catalogue.version, c.key), c.key);
    if (c.sourceId) byId.set(c.sourceId, c.key);
  }
  const folded = new Map(catalogue.criteria.map((c) => [c.key.toLowerCase(), c.key]));
  return (ref: MappingRef, field: string) => {
    if (ref.label && keys.has(ref.label)) return ref.label;
    return (
      byId.get(ref.id) ??
      folded.get(ref.id.toLowerCase()) ??
      refused(field, `no ${side} "${ref.label ?? ref.id}" in the catalogue`)
    );
  };
}
type Criterion = { key: string; sourceId: string | null };

/**
 * The catalogue a side of the mapping refers to: by slug and version, or (files that name it by
 * their own id only) the catalogue holding the criterion the side's first reference names.
 */
async function catalogueKeys(
  tx: Prisma.TransactionClient,
  ref: { slug: string; version: string } | null,
  firstRef: MappingRef | undefined,
  workspaceId: string | null,
  field: string,
) {
  if (!ref && !firstRef) return refused(field, "names no catalogue and has no links to find it by");
  const catalogue = await tx.catalogue.findFirst({
    where: {
      ...(ref
        ? { slug: ref.slug, version: ref.version }
        : { criteria: { some: { sourceId: firstRef!.id } } }),
      status: "published",
      ...(workspaceId ? visibleTo(workspaceId) : { workspaceId: null }),
    },
    select: { id: true, slug: true, version: true, criteria: { select: { key: true, sourceId: true } } },
  });
  if (!catalogue)
    return refused(
      field,
      ref
        ? `unknown catalogue ${ref.slug} ${ref.version}`
        : `no catalogue holds "${firstRef!.id}": import its library first`,
    );
  return catalogue;
}

/**
 * Stores a mapping set in one transaction and publishes it (immutable from then on, by
 * trigger). Every reference must resolve in its catalogue, each source → target pair appears
 * once, and a requirement cannot be both linked and declared not covered. Storing the same
 * file again is a no-op, so the start-up seed is idempotent; other content under an existing
 * version is a conflict.
 */
export async function storeMappingSet(
  input: MappingSetInput,
  digest: string,
  options: MappingStoreOptions = {},
): Promise<MappingStoreResult & { id?: string }> {
  return db().$transaction((tx) => insertMappingSet(tx, input, digest, options), { timeout: 60_000 });
}

/** storeMappingSet inside the caller's transaction (a file with two sets stores both or neither). */
export async function insertMappingSet(
  tx: Prisma.TransactionClient,
  input: MappingSetInput,
  digest: string,
  options: MappingStoreOptions = {},
): Promise<MappingStoreResult & { id?: string }> {
  const workspaceId = options.workspaceId ?? null;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`mapping:${input.slug}:${input.version}`}))`;
  const existing = await tx.mappingSet.findUnique({
    where: { slug_version: { slug: input.slug, version: input.version } },
    select: { sourceDigest: true },
  });
  const base = { slug: input.slug, version: input.version };
  if (existing) {
    if (existing.sourceDigest === digest && !options.refuseExisting)
      return {
        status: "unchanged" as const,
        ...base,
        links: input.links.length,
        notCovered: input.notCovered.length,
      };
    throw new AppError(
      "conflict",
      `Mapping set ${input.slug} version ${input.version} already exists; give the new content a new version.`,
      [{ field: "version", message: `${input.slug} ${input.version} is taken` }],
    );
  }
  const first = input.links[0];
  const source = await catalogueKeys(tx, input.source, first?.source, workspaceId, "source");
  const target = await catalogueKeys(tx, input.target, first?.target, workspaceId, "target");
  const sourceKey = resolver(source, "criterion");
  const targetKey = resolver(target, "requirement");
  // Published files repeat a link now and then (CISO Assistant's NIST CSF → ISO 27001 does):
  // the same pair with the same relationship is one link; with another, it is ambiguous.
  const seen = new Map<string, string>();
  const links = input.links.flatMap((l, i) => {
    const link = {
      sourceKey: sourceKey(l.source, `links[${i}].source`),
      targetKey: targetKey(l.target, `links[${i}].target`),
    };
    const pair = `${link.sourceKey}\u0000${link.targetKey}`;
    const earlier = seen.get(pair);
    if (earlier === l.relationship) return [];
    if (earlier)
      refused(
        `links[${i}]`,
        `${link.sourceKey} → ${link.targetKey} is linked as ${earlier} and as ${l.relationship}`,
      );
    seen.set(pair, l.relationship);
    return [{ ...link, relationship: l.relationship, rationale: l.rationale, position: i }];
  });
  const linked = new Set(links.map((l) => l.targetKey));
  const notCovered = input.notCovered.map((n, i) => {
    const key = targetKey(n.target, `notCovered[${i}]`);
    if (linked.has(key)) refused(`notCovered[${i}]`, `${key} is linked, so it cannot be "not covered"`);
    return { key, reason: n.reason };
  });
  const set = await tx.mappingSet.create({
    data: {
      slug: input.slug,
      version: input.version,
      title: input.title,
      author: input.author,
      description: input.description,
      sourceUrl: input.sourceUrl,
      sourceCatalogueId: source.id,
      targetCatalogueId: target.id,
      notCovered,
      sourceFormat: input.sourceFormat,
      sourceDigest: digest,
      workspaceId,
    },
    select: { id: true },
  });
  await tx.mappingLink.createMany({ data: links.map((l) => ({ ...l, mappingSetId: set.id })) });
  await tx.mappingSet.update({
    where: { id: set.id },
    data: { status: "published", publishedAt: new Date() },
  });
  return {
    status: "created" as const,
    ...base,
    id: set.id,
    links: links.length,
    notCovered: notCovered.length,
  };
}
