import { z } from "zod";

const ids = (min: number) =>
  z
    .string()
    .trim()
    .max(20 * 37)
    .transform((s) => [
      ...new Set(
        s
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.uuid("Evaluation ids are UUIDs."))
        .min(min, `Choose at least ${min} evaluations.`)
        .max(20, "Compare at most 20 evaluations."),
    );

/** `evaluations=a,b,c&profile=…` for the comparison API and the compare page. */
export const comparisonQuerySchema = z.object({
  evaluations: ids(2),
  profile: z.string().trim().max(80).optional(),
});

/** A share link of a comparison (2–20 evaluations) or of one evaluation. */
export const shareLinkInputSchema = z.object({
  evaluationIds: z
    .array(z.uuid("Evaluation ids are UUIDs."))
    .min(1, "Choose at least one evaluation.")
    .max(20, "At most 20 evaluations."),
  profileId: z.string().trim().max(80).optional(),
  expiresInDays: z
    .number()
    .int("Whole days.")
    .min(1, "At least 1 day.")
    .max(365, "At most 365 days.")
    .default(30),
  hideReviewers: z.boolean().default(false),
  title: z.string().trim().max(300).optional(),
  /** The target catalogue (slug) of the Regulations tab shown when sharing: its crosswalk is frozen too. */
  crosswalk: z.string().trim().min(1).max(100).optional(),
});

export const savedComparisonSchema = z.object({
  name: z.string().trim().min(2, "Use at least 2 characters.").max(120),
  description: z.string().trim().max(2000).default(""),
  query: z.string().trim().min(1).max(4000),
});
/** A change of a saved comparison (PATCH) names only what changes. */
export const savedComparisonUpdateSchema = savedComparisonSchema
  .extend({ description: z.string().trim().max(2000) })
  .partial()
  .strict()
  .refine((o) => Object.keys(o).length > 0, { message: "Change at least one field." });

/** `e=<evaluation id>&c=<criterion key>`: one cell of the compare page, whose reviews it fetches when opened. */
export const cellReviewsQuerySchema = z.object({
  e: z.uuid("The evaluation id is a UUID."),
  c: z.string().trim().min(1, "Name a criterion.").max(100),
});

/** `?page=N`: one page of the compare page's saved comparisons, which the browser fetches after the page. */
export const savedComparisonsQuerySchema = z.object({
  page: z.coerce
    .number("The page is a number.")
    .int("The page is a whole number.")
    .min(1, "Pages start at 1.")
    .max(10_000)
    .default(1),
});
