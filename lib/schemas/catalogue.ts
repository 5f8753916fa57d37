import { z } from "zod";

/** A level of a catalogue's rating scale. The default is the 0–4 "secure by default" scale. */
export const scaleLevelSchema = z.object({
  value: z.number().int().min(0).max(100),
  label: z.string().trim().min(1).max(80),
  meaning: z.string().trim().max(500),
});

export const scaleSchema = z.object({
  levels: z
    .array(scaleLevelSchema)
    .min(2)
    .max(11)
    .refine((ls) => ls.every((l, i) => i === 0 || l.value > ls[i - 1].value), "levels must ascend by value"),
  notApplicable: z.object({ label: z.string().min(1).max(80), meaning: z.string().max(500) }),
});
export type Scale = z.infer<typeof scaleSchema>;

export const DEFAULT_SCALE: Scale = {
  levels: [
    { value: 0, label: "Absent", meaning: "Nothing offered." },
    { value: 1, label: "Possible", meaning: "Achievable only with custom work by the developer." },
    { value: 2, label: "Partial", meaning: "Supported but incomplete, or needs significant effort." },
    { value: 3, label: "Supported", meaning: "Built in and documented; the developer must enable it." },
    {
      value: 4,
      label: "Secure by default",
      meaning: "Built in, on by default, safe without developer action.",
    },
  ],
  notApplicable: {
    label: "Not applicable",
    meaning: "Outside the framework's scope; needs a rationale; excluded from denominators.",
  },
};

/** A criterion's or section's key: "EDGE-18", "I(2)(a)", "5.1-1". */
export const catalogueKeySchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._()-]*$/, "letters, digits and . _ - ( ) only");
export const catalogueSlugSchema = z
  .string()
  .min(2)
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase words joined by -");
export const catalogueVersionSchema = z
  .string()
  .min(1)
  .max(50)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "letters, digits, . _ - only");

export const criterionInputSchema = z.object({
  key: catalogueKeySchema,
  parentKey: catalogueKeySchema.nullable(),
  /** The file's own id for it (OSCAL control id), which mapping files refer to. */
  sourceId: z.string().min(1).max(200).optional(),
  title: z.string().trim().min(1).max(500),
  description: z.string().max(20_000),
  guidance: z.string().max(20_000),
  levelGuidance: z.record(z.string().regex(/^\d+$/), z.string().max(5_000)),
});

export const sectionInputSchema = z.object({
  key: catalogueKeySchema,
  title: z.string().trim().min(1).max(300),
  description: z.string().max(20_000),
  criteria: z.array(criterionInputSchema).max(10_000),
});

/** A catalogue version as importers produce it and the catalogue service stores it. */
export const catalogueInputSchema = z
  .object({
    slug: catalogueSlugSchema,
    version: catalogueVersionSchema,
    title: z.string().trim().min(1).max(300),
    publisher: z.string().trim().min(1).max(200),
    publishedOn: z.iso.date().nullable(),
    sourceUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable(),
    licence: z.string().max(4_096).nullable(),
    description: z.string().max(20_000).nullable(),
    scale: scaleSchema,
    sourceFormat: z.enum(["oscal", "ciso-assistant"]),
    /** `target`: a regulation reached through mapping sets (CRA, ETSI EN 303 645), never scored directly. */
    purpose: z.enum(["assessment", "target"]).optional(),
    sections: z.array(sectionInputSchema).min(1).max(500),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    const sectionKeys = new Set<string>();
    c.sections.forEach((s, si) => {
      if (sectionKeys.has(s.key))
        ctx.addIssue({
          code: "custom",
          path: ["sections", si, "key"],
          message: `duplicate section key ${s.key}`,
        });
      sectionKeys.add(s.key);
    });
    c.sections.forEach((s, si) =>
      s.criteria.forEach((cr, ci) => {
        if (seen.has(cr.key)) {
          ctx.addIssue({
            code: "custom",
            path: ["sections", si, "criteria", ci, "key"],
            message: `duplicate criterion key ${cr.key}`,
          });
        }
        seen.add(cr.key);
      }),
    );
  });
export type CatalogueInput = z.infer<typeof catalogueInputSchema>;

/** Route parameters: validated before any query runs, so junk is a 404, never a 500. */
export const catalogueRefSchema = z.object({ slug: catalogueSlugSchema, version: catalogueVersionSchema });
export const criterionRefSchema = catalogueRefSchema.extend({ key: catalogueKeySchema });
