import type { z } from "zod";
import type { FieldIssue } from "./app-error";

/** `["catalog","groups",0,"title"]` → `$.catalog.groups[0].title` (JSONPath, as users see it). */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === "number" ? `${acc}[${part}]` : `${acc}.${String(part)}`),
    "$",
  );
}

/** Field names for form and API errors: `sections[0].title`, or the issue's own message at the root. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    field: jsonPath(i.path).replace(/^\$\.?/, "") || "(body)",
    message: i.message,
  }));
}
