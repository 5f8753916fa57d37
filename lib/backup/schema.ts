import { z } from "zod";
import { BACKUP_JSON_LIMITS } from "../interop/limits";
import { catalogueRefSchema } from "../schemas/catalogue";
import { evidenceSchema } from "../schemas/evaluation";
import { COMPONENT_TYPES } from "../schemas/framework";
import { weightProfileSchema } from "../schemas/weight-profile";
import { backupMappingSetSchema } from "./mapping-sets";

/**
 * The workspace backup file, version 1. Everything points at everything else by `ref`
 * (opaque strings, unique per kind), never by database id: a restore gives every row a new
 * id. Secrets (password hashes, MFA, tokens, sessions, share links) have no field here.
 */
export const BACKUP_FORMAT = "scorecard-workspace-backup";
export const BACKUP_VERSION = 1;
/** Uploads larger than this are refused (413) before they are read in full (the limits live in interop/limits). */
export const MAX_BACKUP_BYTES = BACKUP_JSON_LIMITS.bytes;

const ref = z.string().min(1).max(100);
const key = z.string().trim().min(1).max(100);
const isoDate = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);

const person = z
  .object({
    ref,
    name: z.string().trim().min(1).max(200),
    email: z
      .email()
      .max(320)
      .transform((e) => e.toLowerCase()),
  })
  .strict();

const framework = z
  .object({
    ref,
    name: z.string().trim().min(1).max(200),
    vendor: z.string().trim().min(1).max(200),
    productVersion: z.string().trim().min(1).max(100),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable(),
    description: text(5000),
    componentTypes: z.array(z.enum(COMPONENT_TYPES)).min(1).max(4),
    archivedAt: isoDate.nullable(),
    createdAt: isoDate,
  })
  .strict();

const profile = weightProfileSchema.extend({ ref }).strict();

const section = z
  .object({
    sectionKey: key,
    inScope: z.boolean(),
    outOfScopeReason: text(2000).nullable(),
    assigneeRefs: z.array(ref).max(500),
    submittedByRefs: z.array(ref).max(500),
  })
  .strict();

const score = z
  .object({
    criterionKey: key,
    sectionKey: key,
    reviewerRef: ref,
    value: z.number().int().min(0).max(100).nullable(),
    notApplicable: z.boolean(),
    rationale: text(10_000),
    evidence: z.array(evidenceSchema).max(20),
    carriedOver: z.boolean(),
    version: z.number().int().min(1).max(1_000_000),
    updatedAt: isoDate,
  })
  .strict()
  .refine((s) => !(s.notApplicable && s.value !== null), { message: "N/A takes no value", path: ["value"] });

const agreed = z
  .object({
    criterionKey: key,
    value: z.number().int().min(0).max(100).nullable(),
    notApplicable: z.boolean(),
    reason: text(2000),
    setByRef: ref,
    setAt: isoDate,
  })
  .strict()
  .refine((a) => a.notApplicable !== (a.value !== null), {
    message: "give either a value or N/A",
    path: ["value"],
  });

const evaluation = z
  .object({
    ref,
    frameworkRef: ref,
    catalogue: catalogueRefSchema,
    status: z.enum(["draft", "in_review", "final"]),
    finalizedAt: isoDate.nullable(),
    previousEvaluationRef: ref.nullable(),
    createdByRef: ref.nullable(),
    createdAt: isoDate,
    sections: z.array(section).max(500),
    scores: z.array(score).max(100_000),
    agreed: z.array(agreed).max(10_000),
  })
  .strict();

const comparison = z
  .object({
    name: z.string().trim().min(2).max(120),
    description: text(2000),
    query: z.string().trim().min(1).max(4000),
  })
  .strict();

/** A workspace-imported catalogue travels in full (OSCAL catalog JSON) so it can be re-imported. */
const catalogue = catalogueRefSchema
  .extend({
    oscal: z
      .object({ catalog: z.record(z.string(), z.unknown()) })
      .strict()
      .nullable(),
  })
  .strict();

const unique = <T>(
  items: T[],
  keyOf: (t: T) => string,
  what: string,
  ctx: z.RefinementCtx,
  path: PropertyKey[],
) => {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = keyOf(item);
    if (seen.has(k)) ctx.addIssue({ code: "custom", path: [...path, i], message: `duplicate ${what}` });
    seen.add(k);
  });
};

export const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: isoDate,
    app: z.object({ version: z.string().max(50) }).strict(),
    workspace: z.object({ name: z.string().trim().min(1).max(120), requireMfa: z.boolean() }).strict(),
    catalogues: z.array(catalogue).max(100),
    people: z.array(person).max(10_000),
    frameworks: z.array(framework).max(10_000),
    profiles: z.array(profile).max(1_000),
    evaluations: z.array(evaluation).max(10_000),
    comparisons: z.array(comparison).max(1_000),
    // Absent from backups made before mapping sets were backed up: they restore without any.
    mappingSets: z.array(backupMappingSetSchema).max(100).default([]),
  })
  .strict()
  .superRefine((b, ctx) => {
    unique(b.people, (p) => p.ref, "person ref", ctx, ["people"]);
    unique(b.people, (p) => p.email, "email", ctx, ["people"]);
    unique(b.frameworks, (f) => f.ref, "framework ref", ctx, ["frameworks"]);
    unique(b.profiles, (p) => p.ref, "profile ref", ctx, ["profiles"]);
    unique(b.profiles, (p) => p.name, "profile name", ctx, ["profiles"]);
    unique(b.comparisons, (c) => c.name, "comparison name", ctx, ["comparisons"]);
    unique(b.catalogues, (c) => `${c.slug}@${c.version}`, "catalogue", ctx, ["catalogues"]);
    unique(b.evaluations, (e) => e.ref, "evaluation ref", ctx, ["evaluations"]);
    unique(b.mappingSets, (m) => `${m.slug}@${m.version}`, "mapping set", ctx, ["mappingSets"]);
    const links = b.mappingSets.reduce((n, m) => n + m.links.length, 0);
    if (links > 200_000)
      ctx.addIssue({ code: "custom", path: ["mappingSets"], message: "more than 200000 links in all" });
    const total = b.evaluations.reduce((n, e) => n + e.scores.length, 0);
    if (total > 500_000)
      ctx.addIssue({ code: "custom", path: ["evaluations"], message: "more than 500000 scores in all" });
  });

export type Backup = z.infer<typeof backupSchema>;
export type BackupEvaluation = Backup["evaluations"][number];
export type BackupInput = z.input<typeof backupSchema>;
