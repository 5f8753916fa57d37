import type { z } from "zod";
import { AppError } from "../errors/app-error";
import { fieldIssues } from "../errors/issue-path";

/**
 * Where the first NUL character sits in `raw`, as a field path. PostgreSQL text cannot hold
 * U+0000 (it fails with an encoding error), so such input is refused by name here instead of
 * becoming a 500 deep in a query (wapiti found that on the audit filter).
 */
function nulPath(raw: unknown, path = "", depth = 0): string | null {
  if (typeof raw === "string") return raw.includes("\u0000") ? path || "(body)" : null;
  if (depth > 32 || raw === null || typeof raw !== "object") return null;
  for (const [k, v] of Object.entries(raw)) {
    const found = nulPath(v, Array.isArray(raw) ? `${path}[${k}]` : path ? `${path}.${k}` : k, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Refuses input with a NUL character anywhere, naming where (for parsers outside parseInput). */
export function assertNoNul(raw: unknown) {
  const nul = nulPath(raw);
  if (nul)
    throw new AppError("validation_failed", `${nul}: must not contain NUL characters`, [
      { field: nul, message: "must not contain NUL characters" },
    ]);
}

/** Every service input crosses its schema here; failures name the fields (400). */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  assertNoNul(raw);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error);
    throw new AppError("validation_failed", issues.map((i) => `${i.field}: ${i.message}`).join("; "), issues);
  }
  return parsed.data;
}
