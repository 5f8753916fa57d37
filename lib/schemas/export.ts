import { z } from "zod";
import { comparisonQuerySchema } from "./comparison";

const formats = <const T extends readonly [string, ...string[]]>(list: T) =>
  z.enum(list, { error: `Use one of: ${list.join(", ")}.` });

/** `?format=csv|xlsx|json|oscal&profile=…` for an evaluation export. */
export const evaluationExportQuerySchema = z.object({
  format: formats(["csv", "xlsx", "json", "oscal"]),
  profile: z.string().trim().max(80).optional(),
});

/** The comparison query plus `format=csv|xlsx|json`. */
export const comparisonExportQuerySchema = comparisonQuerySchema.extend({
  format: formats(["csv", "xlsx", "json"]),
});
