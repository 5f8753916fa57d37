import { z } from "zod";

/**
 * The part of CISO Assistant's library format (a YAML file with one framework) we read.
 * Unknown fields pass, since their libraries carry more (reference controls, threats,
 * translations); everything we use is typed and bounded, as the file is an upload.
 */
const text = (max: number) => z.string().max(max);
// Their loader accepts null wherever a text is optional (the SCF library has null score
// descriptions), so an optional text may be absent or null; we read both as absent.
const optionalText = (max: number) => text(max).nullish();
/** A URN as CISO Assistant writes them (libraries, frameworks, requirement nodes). */
export const urn = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .regex(/^urn:[^\s]+$/i, "a URN (urn:…) without spaces");

export const requirementNodeSchema = z.looseObject({
  urn,
  assessable: z.boolean(),
  depth: z.number().int().min(1).max(32),
  parent_urn: urn.optional(),
  ref_id: z.union([text(200), z.number()]).optional(),
  name: optionalText(1_000),
  description: optionalText(50_000),
  annotation: optionalText(50_000),
});
export type RequirementNode = z.infer<typeof requirementNodeSchema>;

export const scoreDefinitionSchema = z.looseObject({
  score: z.number().int().min(0).max(100),
  name: text(80).min(1),
  description: optionalText(500),
});

export const frameworkSchema = z.looseObject({
  urn,
  ref_id: z.union([text(200), z.number()]),
  name: text(1_000).min(1),
  description: optionalText(20_000),
  min_score: z.number().int().min(0).max(100).optional(),
  max_score: z.number().int().min(1).max(100).optional(),
  scores_definition: z.array(scoreDefinitionSchema).min(2).max(11).optional(),
  requirement_nodes: z.array(requirementNodeSchema).min(1).max(20_000),
});

export const librarySchema = z.looseObject({
  urn,
  locale: text(20).optional(),
  ref_id: z.union([text(200), z.number()]),
  name: text(1_000).min(1),
  description: optionalText(20_000),
  // Their loader allows 4,096 characters; we keep the whole text.
  copyright: optionalText(4_096),
  // Kept when it is an ISO date; anything else is ignored rather than refused.
  publication_date: z.union([text(40), z.date()]).nullish(),
  /** Our own version label when it is not an integer (theirs must be one): read back on import. */
  scorecard_version: text(50).min(1).optional(),
  version: z.union([z.number().int().min(0), text(50).min(1)]),
  provider: optionalText(200),
  packager: optionalText(200),
  objects: z.looseObject({ framework: frameworkSchema }),
});
export type CisoLibrary = z.infer<typeof librarySchema>;
