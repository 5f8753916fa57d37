import { z } from "zod";

/**
 * The part of the NIST OSCAL 1.x catalog model we read. Unknown fields pass (OSCAL has many),
 * but everything we use is typed and bounded: sizes and counts are capped for uploads.
 */
const token = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);

export const oscalPropSchema = z.looseObject({
  name: token,
  value: text(5_000),
  ns: text(1_000).optional(),
  class: token.optional(),
  remarks: text(5_000).optional(),
});
export type OscalProp = z.infer<typeof oscalPropSchema>;

const linkSchema = z.looseObject({ href: text(2_000), rel: token.optional(), text: text(1_000).optional() });

export interface OscalPart {
  id?: string;
  name: string;
  ns?: string;
  class?: string;
  title?: string;
  prose?: string;
  props?: OscalProp[];
  parts?: OscalPart[];
}
export const oscalPartSchema: z.ZodType<OscalPart> = z.lazy(() =>
  z.looseObject({
    id: token.optional(),
    name: token,
    ns: text(1_000).optional(),
    class: token.optional(),
    title: text(1_000).optional(),
    prose: text(50_000).optional(),
    props: z.array(oscalPropSchema).max(200).optional(),
    parts: z.array(oscalPartSchema).max(500).optional(),
  }),
);

export const oscalParamSchema = z.looseObject({
  id: token,
  label: text(2_000).optional(),
  select: z
    .looseObject({ "how-many": token.optional(), choice: z.array(text(2_000)).max(100).optional() })
    .optional(),
});

export interface OscalControl {
  id: string;
  class?: string;
  title: string;
  props?: OscalProp[];
  params?: z.infer<typeof oscalParamSchema>[];
  parts?: OscalPart[];
  controls?: OscalControl[];
}
export const oscalControlSchema: z.ZodType<OscalControl> = z.lazy(() =>
  z.looseObject({
    id: token,
    class: token.optional(),
    title: text(1_000),
    props: z.array(oscalPropSchema).max(200).optional(),
    params: z.array(oscalParamSchema).max(200).optional(),
    parts: z.array(oscalPartSchema).max(500).optional(),
    controls: z.array(oscalControlSchema).max(5_000).optional(),
  }),
);

export interface OscalGroup {
  id?: string;
  class?: string;
  title: string;
  props?: OscalProp[];
  params?: z.infer<typeof oscalParamSchema>[];
  parts?: OscalPart[];
  groups?: OscalGroup[];
  controls?: OscalControl[];
}
export const oscalGroupSchema: z.ZodType<OscalGroup> = z.lazy(() =>
  z.looseObject({
    id: token.optional(),
    class: token.optional(),
    title: text(1_000),
    props: z.array(oscalPropSchema).max(200).optional(),
    params: z.array(oscalParamSchema).max(200).optional(),
    parts: z.array(oscalPartSchema).max(500).optional(),
    groups: z.array(oscalGroupSchema).max(500).optional(),
    controls: z.array(oscalControlSchema).max(5_000).optional(),
  }),
);

/** Document metadata as every OSCAL model (catalog, mapping-collection) carries it, the part we read. */
export const oscalMetadataSchema = z.looseObject({
  title: text(1_000).min(1),
  version: text(100).min(1),
  published: z.iso.datetime({ offset: true }).optional(),
  "last-modified": z.iso.datetime({ offset: true }),
  "oscal-version": token,
  props: z.array(oscalPropSchema).max(500).optional(),
  links: z.array(linkSchema).max(200).optional(),
  parties: z
    .array(z.looseObject({ uuid: z.uuid(), type: token, name: text(500).optional() }))
    .max(200)
    .optional(),
  "responsible-parties": z
    .array(z.looseObject({ "role-id": token, "party-uuids": z.array(z.uuid()).max(100) }))
    .max(100)
    .optional(),
  remarks: text(20_000).optional(),
});
export type OscalMetadata = z.infer<typeof oscalMetadataSchema>;

export const oscalCatalogSchema = z.object({
  catalog: z.looseObject({
    uuid: z.uuid(),
    metadata: oscalMetadataSchema,
    params: z.array(oscalParamSchema).max(1_000).optional(),
    groups: z.array(oscalGroupSchema).max(500).optional(),
    controls: z.array(oscalControlSchema).max(5_000).optional(),
  }),
});
export type OscalCatalog = z.infer<typeof oscalCatalogSchema>;
