import { z } from "zod";

/**
 * The building blocks every area of the OpenAPI document shares: zod → JSON Schema, the
 * error responses, and the path and query parameters several endpoints take alike.
 */
export const schema = (s: z.ZodType, io: "input" | "output" = "output") => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, {
    io,
    unrepresentable: "any",
    target: "draft-2020-12",
  }) as Record<string, unknown>;
  void _ignored;
  return rest;
};
export const json = (s: z.ZodType, io: "input" | "output" = "output") => ({
  "application/json": { schema: schema(s, io) },
});
export const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
export const errors = {
  400: error("Invalid input; `issues` name the fields"),
  401: error("No valid API token"),
  403: error("Missing scope or role"),
  404: error("Not found (or another workspace's)"),
  503: error(
    "`busy`: the instance is at capacity (nothing was done); retry after `Retry-After` seconds. `unavailable`: the database is down",
  ),
};
/** Endpoints whose work runs in the worker pool (PDFs, workbooks, catalogue parsing). */
export const heavy = {
  422: error("`too_complex`: the document needs more time or memory than a worker may use"),
  503: error(
    "`busy`: the instance or its worker pool is at capacity (nothing was done); retry after `Retry-After` seconds. `unavailable`: the database is down",
  ),
};
export const id = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });

/** The comparison endpoints (JSON, PDF, export) name their evaluations alike. */
export const evaluationsQuery = () => ({
  name: "evaluations",
  in: "query",
  required: true,
  schema: { type: "string" },
  description: "Comma-separated evaluation ids",
});
/** A regulation to project onto (the readiness endpoints); every mapped one when absent. */
export const targetQuery = () => ({
  name: "target",
  in: "query",
  required: false,
  schema: { type: "string" },
  description: "A target catalogue's slug (e.g. eu-cra-annex-i); every mapped regulation by default",
});
/** `described` adds the explanation the ranking and PDF endpoints give; the others leave it out. */
export const profileQuery = (described: boolean) => ({
  name: "profile",
  in: "query",
  required: false,
  schema: { type: "string" },
  ...(described ? { description: "A preset id or a workspace profile id; equal weights by default" } : {}),
});

/** `?format=` of the catalogue and mapping downloads. */
export const fileFormatQuery = () => ({
  name: "format",
  in: "query",
  required: true,
  schema: { type: "string", enum: ["oscal", "ciso-assistant"] },
});

/** A catalogue or mapping download: OSCAL JSON or CISO Assistant YAML, as an attachment. */
export const fileResponse = (oscal: string) => ({
  200: {
    description: "The file (Content-Disposition: attachment)",
    content: {
      "application/json": { schema: { type: "object", description: oscal } },
      "application/yaml": { schema: { type: "string" } },
    },
  },
  ...errors,
});
