import { z } from "zod";

const key = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._()-]*$/, "letters, digits and . _ - ( ) only");
const weight = z.number().min(0, "Weights are 0 or more.").max(100, "Weights are at most 100.");

export const weightProfileSchema = z.object({
  name: z.string().trim().min(2, "Use at least 2 characters.").max(120),
  sectionWeights: z.record(key, weight).default({}),
  criterionWeights: z.record(key, weight).default({}),
  knockouts: z
    .array(z.object({ criterionKey: key, threshold: z.number().min(0).max(100) }))
    .max(200)
    .default([]),
});
export type WeightProfileInput = z.infer<typeof weightProfileSchema>;

/** A change names only what changes (PATCH): no defaults, so a field left out keeps its value. */
export const weightProfileUpdateSchema = weightProfileSchema
  .extend({
    sectionWeights: weightProfileSchema.shape.sectionWeights.unwrap(),
    criterionWeights: weightProfileSchema.shape.criterionWeights.unwrap(),
    knockouts: weightProfileSchema.shape.knockouts.unwrap(),
  })
  .partial()
  .strict()
  .refine((o) => Object.keys(o).length > 0, { message: "Change at least one field." });
export type WeightProfileUpdate = z.infer<typeof weightProfileUpdateSchema>;
