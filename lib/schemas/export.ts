import { z } from "zod";
import { comparisonQuerySchema } from "./comparison";

const formats = <const T extends readonly [string, ...string[]]>(list: T) =>
  z.enum(list, { error: `Use one of: ${list.join(", ")}.` });

/**
 * `kind=readiness` asks for the readiness table instead of the scores, as a CSV of its own (a
 * CSV holds one table); XLSX and JSON always carry both, so it is refused with them.
 */
const kind = z.enum(["scores", "readiness"], { error: "Use one of: scores, readiness." }).default("scores");
const readinessOnlyAsCsv = (q: { format: string; kind: string }, ctx: z.RefinementCtx) => {
  if (q.kind === "readiness" && q.format !== "csv")
    ctx.addIssue({
      code: "custom",
      path: ["kind"],
      message: "kind=readiness is for format=csv; XLSX and JSON exports include readiness already.",
    });
};

/** `?format=csv|xlsx|json|oscal&profile=…[&kind=scores|readiness]` for an evaluation export. */
export const evaluationExportQuerySchema = z
  .object({
    format: formats(["csv", "xlsx", "json", "oscal"]),
    profile: z.string().trim().max(80).optional(),
    kind,
  })
  .superRefine(readinessOnlyAsCsv);

/** The comparison query plus `format=csv|xlsx|json` and `kind=scores|readiness`. */
export const comparisonExportQuerySchema = comparisonQuerySchema
  .extend({ format: formats(["csv", "xlsx", "json"]), kind })
  .superRefine(readinessOnlyAsCsv);
