import type { z } from "zod";
import { AppError, type FieldIssue } from "./app-error";

/** `["catalog","groups",0,"title"]` → `$.catalog.groups[0].title` (JSONPath, as users see it). */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === "number" ? `${acc}[${part}]` : `${acc}.${String(part)}`),
    "$",
  );
}

/** Field names for form and API errors: `sections[0].title`, or the issue's own message at the root. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  const field = (path: readonly PropertyKey[]) => jsonPath(path).replace(/^\$\.?/, "") || "(body)";
  // A field a strict schema does not know is named itself, not the object that holds it.
  return error.issues.flatMap((i) =>
    i.code === "unrecognized_keys"
      ? i.keys.map((k) => ({ field: field([...i.path, k]), message: "unknown field" }))
      : [{ field: field(i.path), message: i.message }],
  );
}

/**
 * `value`, read from the file `source`, through `schema`: its data, or a validation error that
 * names the file and the first issue's JSON path (`what` says what the file should have been).
 */
export function parseDocument<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: string,
  what = "",
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw new AppError(
    "validation_failed",
    `${source}: ${what ? `${what}: ` : ""}${jsonPath(first.path)}: ${first.message}`,
    fieldIssues(result.error),
  );
}
