import { z } from "zod";
import { oscalMetadataSchema, oscalPropSchema } from "./catalog-schema";

/**
 * The part of the NIST OSCAL 1.2 mapping-collection model we read. Unknown fields pass, but
 * everything we use is typed and bounded, as for catalogs.
 */
const token = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);
const props = z.array(oscalPropSchema).max(500).optional();

const itemSchema = z.looseObject({ type: token, "id-ref": token, props, remarks: text(5_000).optional() });
const resourceSchema = z.looseObject({
  type: token,
  href: text(2_000),
  props,
  remarks: text(5_000).optional(),
});

export const oscalMapSchema = z.looseObject({
  uuid: z.uuid().optional(),
  relationship: token,
  sources: z.array(itemSchema).min(1).max(500),
  targets: z.array(itemSchema).min(1).max(500),
  props,
  remarks: text(5_000).optional(),
});

const gapSchema = z.looseObject({
  "unmapped-controls": z.array(z.looseObject({ "with-ids": z.array(token).max(5_000).optional() })).max(100),
});

export const oscalMappingSchema = z.looseObject({
  uuid: z.uuid().optional(),
  "source-resource": resourceSchema,
  "target-resource": resourceSchema,
  maps: z.array(oscalMapSchema).min(1).max(20_000),
  props,
  "target-gap-summary": gapSchema.optional(),
  remarks: text(20_000).optional(),
});

export const oscalMappingCollectionSchema = z.object({
  "mapping-collection": z.looseObject({
    uuid: z.uuid(),
    metadata: oscalMetadataSchema,
    provenance: z.looseObject({ "mapping-description": text(20_000).optional() }).optional(),
    mappings: z.union([oscalMappingSchema, z.array(oscalMappingSchema).min(1).max(1)]),
  }),
});
export type OscalMappingCollection = z.infer<typeof oscalMappingCollectionSchema>;
export type OscalMapping = z.infer<typeof oscalMappingSchema>;
