import type { z } from "zod";
import { AppError } from "../errors/app-error";
import { fieldIssues } from "../errors/issue-path";

/** Every service input crosses its schema here; failures name the fields (400). */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error);
    throw new AppError("validation_failed", issues.map((i) => `${i.field}: ${i.message}`).join("; "), issues);
  }
  return parsed.data;
}
