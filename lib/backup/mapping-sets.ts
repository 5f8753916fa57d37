import { z } from "zod";
import type { FieldIssue } from "../errors/app-error";
import { catalogueKeySchema, catalogueRefSchema } from "../schemas/catalogue";
import { mappingSetInputSchema } from "../schemas/mapping";
import { RELATIONSHIPS } from "../scoring/readiness";
import type { CatalogueShape } from "./references";

/**
 * A workspace's own mapping sets in a backup: links by criterion key (the keys its catalogues
 * give them, which a re-import keeps), the catalogues by slug and version like evaluations
 * (built-in ones by reference, the workspace's own in $.catalogues), and the archive state.
 * The limits are the mapping import's (lib/schemas/mapping.ts).
 */
const isoDate = z.iso.datetime({ offset: true });
const key = catalogueKeySchema;

export const backupMappingSetSchema = mappingSetInputSchema
  .pick({
    slug: true,
    version: true,
    title: true,
    author: true,
    description: true,
    sourceUrl: true,
    sourceFormat: true,
  })
  .extend({
    sourceDigest: z.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 in hex"),
    source: catalogueRefSchema,
    target: catalogueRefSchema,
    links: z
      .array(
        z
          .object({
            sourceKey: key,
            targetKey: key,
            relationship: z.enum(RELATIONSHIPS),
            rationale: z.string().max(2_000),
          })
          .strict(),
      )
      .max(20_000),
    notCovered: z.array(z.object({ key, reason: z.string().max(2_000) }).strict()).max(5_000),
    publishedAt: isoDate.nullable(),
    archivedAt: isoDate.nullable(),
  })
  .strict();
export type BackupMappingSet = z.infer<typeof backupMappingSetSchema>;
export type BackupMappingSetInput = z.input<typeof backupMappingSetSchema>;

/** A stored mapping set (as workspace-backup reads it) → its backup entry. */
export function toBackupMappingSet(
  row: Omit<BackupMappingSet, "sourceFormat" | "notCovered" | "publishedAt" | "archivedAt"> & {
    sourceFormat: string;
    notCovered: unknown;
    publishedAt: Date | null;
    archivedAt: Date | null;
  },
): BackupMappingSetInput {
  return {
    ...row,
    sourceFormat: row.sourceFormat as BackupMappingSet["sourceFormat"],
    notCovered: row.notCovered as BackupMappingSet["notCovered"],
    publishedAt: row.publishedAt?.toISOString() ?? null,
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}

const MAX_ISSUES = 50;

/** Each set's two catalogues must be listed in $.catalogues, like an evaluation's. */
export function mappingReferenceIssues(sets: BackupMappingSet[], catalogues: Set<string>): FieldIssue[] {
  return sets
    .flatMap((m, i) =>
      (["source", "target"] as const)
        .filter((side) => !catalogues.has(`${m[side].slug}@${m[side].version}`))
        .map((side) => ({ field: `$.mappingSets[${i}].${side}`, message: "not listed in $.catalogues" })),
    )
    .slice(0, MAX_ISSUES);
}

const keysOf = (shape: CatalogueShape) => new Set([...shape.sections.values()].flatMap((s) => [...s]));

/**
 * Every link and not-covered key must name a criterion of its catalogue; a pair appears once and
 * a linked requirement is not also "not covered" — the rules an import enforces, checked before
 * the restore writes anything.
 */
export function mappingKeyIssues(
  sets: BackupMappingSet[],
  shapeOf: (slug: string, version: string) => CatalogueShape,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok && issues.length < MAX_ISSUES) issues.push({ field, message });
  };
  sets.forEach((m, i) => {
    const at = `$.mappingSets[${i}]`;
    const [source, target] = [
      keysOf(shapeOf(m.source.slug, m.source.version)),
      keysOf(shapeOf(m.target.slug, m.target.version)),
    ];
    const pairs = new Set<string>();
    m.links.forEach((l, j) => {
      need(
        source.has(l.sourceKey),
        `${at}.links[${j}].sourceKey`,
        `not a criterion of ${m.source.slug} ${m.source.version}`,
      );
      need(
        target.has(l.targetKey),
        `${at}.links[${j}].targetKey`,
        `not a requirement of ${m.target.slug} ${m.target.version}`,
      );
      const pair = `${l.sourceKey}\u0000${l.targetKey}`;
      need(!pairs.has(pair), `${at}.links[${j}]`, "a second link for the same pair");
      pairs.add(pair);
    });
    const linked = new Set(m.links.map((l) => l.targetKey));
    m.notCovered.forEach((n, j) => {
      need(
        target.has(n.key),
        `${at}.notCovered[${j}].key`,
        `not a requirement of ${m.target.slug} ${m.target.version}`,
      );
      need(!linked.has(n.key), `${at}.notCovered[${j}].key`, "linked, so it cannot be not covered");
    });
  });
  return issues;
}
