import { z } from "zod";

/**
 * Numeric settings read from the environment (worker pool, admission control). An empty
 * variable counts as unset, as shells and .env files often leave them.
 */
export const envInt = (min: number, max: number) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(min).max(max).optional());

/** Parses `env` with `schema`; a bad value is an error naming the variable, never a silent default. */
export function parseEnvSettings<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined>,
): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${String(issue.path[0])}: ${issue.message}`);
  }
  return parsed.data;
}
