import { z } from "zod";
import { RELATIONSHIPS } from "../scoring/readiness";
import { catalogueRefSchema, catalogueSlugSchema, catalogueVersionSchema } from "./catalogue";

/**
 * A reference to a criterion (source) or requirement (target) as a mapping file gives it: the
 * file's own id, and the human key when the file carries one. The service resolves it against
 * the catalogue (key first, then the id without regard to case) and refuses what it cannot find.
 */
export const mappingRefSchema = z.object({
  id: z.string().trim().min(1).max(200),
  label: z.string().trim().min(1).max(100).nullable(),
});
export type MappingRef = z.infer<typeof mappingRefSchema>;

export const mappingLinkInputSchema = z.object({
  source: mappingRefSchema,
  target: mappingRefSchema,
  relationship: z.enum(RELATIONSHIPS),
  rationale: z.string().trim().max(2_000),
});

/** A mapping set as importers produce it and the mapping service stores it. */
export const mappingSetInputSchema = z.object({
  slug: catalogueSlugSchema,
  version: catalogueVersionSchema,
  title: z.string().trim().min(1).max(300),
  author: z.string().trim().min(1).max(200),
  description: z.string().max(20_000),
  sourceUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable(),
  /** Null when the file names its catalogues only by its own ids (CISO Assistant framework URNs):
   * the service then finds each catalogue from its first link's reference. */
  source: catalogueRefSchema.nullable(),
  target: catalogueRefSchema.nullable(),
  links: z.array(mappingLinkInputSchema).max(20_000),
  /** Target requirements the authors state no source criterion speaks to. */
  notCovered: z
    .array(z.object({ target: mappingRefSchema, reason: z.string().trim().max(2_000) }))
    .max(5_000),
  sourceFormat: z.enum(["oscal", "ciso-assistant"]),
});
export type MappingSetInput = z.infer<typeof mappingSetInputSchema>;
