import { z } from "zod";
import { notFound } from "../errors/app-error";

export const COMPONENT_TYPES = ["edge", "gateway", "cloud", "mobile"] as const;

const httpUrl = z.url({ protocol: /^https?$/, error: "Use an http or https URL." }).max(2000);

export const frameworkInputSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(200),
  vendor: z.string().trim().min(1, "Enter the vendor.").max(200),
  productVersion: z.string().trim().min(1, "Enter the product version.").max(100),
  url: z
    .union([httpUrl, z.literal("").transform(() => null), z.null()])
    .optional()
    .transform((v) => v ?? null),
  description: z.string().max(5000).default(""),
  componentTypes: z
    .array(z.enum(COMPONENT_TYPES))
    .min(1, "Choose at least one component type.")
    .max(4)
    .transform((a) => [...new Set(a)]),
});
export type FrameworkInput = z.infer<typeof frameworkInputSchema>;

/**
 * A change names only what changes (PATCH): no defaults here, so a field left out keeps its
 * value (the input schema's `description` default would blank it).
 */
export const frameworkUpdateSchema = frameworkInputSchema
  .extend({ description: z.string().max(5000) })
  .partial()
  .strict()
  .refine((o) => Object.keys(o).length > 0, { message: "Change at least one field." });
export const idSchema = z.uuid("Unknown id.");

/** An id from a path: one that is not a UUID names nothing, so it is a 404 like an unknown one. */
export function pathId(id: string, what: string): string {
  const ok = idSchema.safeParse(id);
  if (!ok.success) throw notFound(what);
  return ok.data;
}
