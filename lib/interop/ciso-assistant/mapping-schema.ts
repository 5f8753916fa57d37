import { z } from "zod";
import { urn } from "./library-schema";

/**
 * The part of CISO Assistant's mapping library format (`objects.requirement_mapping_sets`) we
 * read: one mapping set from a source framework to a target one, by requirement URN. Unknown
 * fields pass; everything we use is typed and bounded, as the file is an upload.
 */
const text = (max: number) => z.string().max(max);

export const requirementMappingSchema = z.looseObject({
  source_requirement_urn: urn,
  target_requirement_urn: urn,
  relationship: text(40).min(1),
  rationale: text(2_000).optional(),
  annotation: text(2_000).optional(),
});

export const mappingLibrarySchema = z.looseObject({
  urn,
  ref_id: z.union([text(200), z.number()]),
  name: text(300).min(1),
  description: text(20_000).optional(),
  version: z.union([z.number(), text(50)]).optional(),
  provider: text(200).optional(),
  packager: text(200).optional(),
  objects: z.looseObject({
    requirement_mapping_sets: z
      .array(
        z.looseObject({
          urn,
          ref_id: z.union([text(200), z.number()]).optional(),
          name: text(300).optional(),
          description: text(20_000).optional(),
          source_framework_urn: urn,
          target_framework_urn: urn,
          requirement_mappings: z.array(requirementMappingSchema).max(20_000),
        }),
      )
      .min(1, "a mapping library holds a mapping set")
      .max(10),
  }),
});
