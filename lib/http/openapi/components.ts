import { z } from "zod";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../pagination";

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

/** `cursor` and `limit` of the cursor-paginated lists (lib/http/pagination.ts). */
export const pageParameters = () => [
  {
    name: "cursor",
    in: "query",
    required: false,
    schema: { type: "string", maxLength: 200 },
    description: "The `nextCursor` of the previous page; the first page without it",
  },
  {
    name: "limit",
    in: "query",
    required: false,
    schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
    description: `Items per page, at most ${MAX_PAGE_SIZE}. Pages run newest first; \`nextCursor\` is null on the last`,
  },
];

/** A creating POST that replays its first answer for a retried key (lib/http/idempotency.ts). */
export const idempotent = {
  parameter: {
    name: "Idempotency-Key",
    in: "header",
    required: false,
    schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x21-\\x7e]+$" },
    description:
      "A key of the client's choosing: a retry with the same key and body within 24 h returns the first answer (status and body, with `Idempotent-Replayed: true`) and creates nothing",
  },
  422: error("`idempotency_key_reused`: the Idempotency-Key was used with another body (`issues` name it)"),
};

/** An ETag header: `what` it holds (a version number, or a hash of the content). */
const etagHeader = (what: string) => ({
  ETag: { description: `${what}, for If-Match`, schema: { type: "string" } },
});
/** A GET or update answering one versioned resource, with its ETag. */
export const versioned = (description: string, s: z.ZodType) => ({
  description,
  headers: etagHeader("The version"),
  content: json(s),
});
/** A GET or update of a resource without a version column: its ETag is a content hash. */
export const tagged = (description: string, s: z.ZodType) => ({
  description,
  headers: etagHeader("A hash of the editable content"),
  content: json(s),
});

const ifMatchOf = (pattern: string, current: string, conflict: string) => ({
  parameter: {
    name: "If-Match",
    in: "header",
    required: false,
    schema: { type: "string", pattern },
    description: `The ETag last seen; without it the change applies to the current ${current}`,
  },
  409: error(`Stale If-Match (the body carries \`current\`, nothing changed), ${conflict}`),
});
/** If-Match of the updates: the ETag last seen; a stale one is a 409, like a score save. */
export const ifMatch = ifMatchOf('^(W/)?"?\\d+"?$', "version", "or the change is not allowed now");
/** If-Match of the content-tagged updates (weight profiles, saved comparisons). */
export const ifMatchTagged = ifMatchOf(
  '^(W/)?"?[0-9a-f]{32}"?$',
  "content",
  "or the new name is taken (`issues` name `name`)",
);

/**
 * The body and answers of a file import (catalogues, mapping sets): the document as JSON (OSCAL)
 * or YAML (CISO Assistant), or a multipart upload; `version` where the import can rename it.
 */
export const importOperation = (
  documents: { oscal: string; yaml: string },
  created: z.ZodType,
  withVersion = false,
) => ({
  requestBody: {
    required: true,
    content: {
      "application/json": { schema: { type: "object", description: documents.oscal } },
      "application/yaml": { schema: { type: "string", description: documents.yaml } },
      "multipart/form-data": {
        schema: {
          type: "object",
          required: ["file"],
          properties: {
            file: { type: "string", format: "binary" },
            format: { type: "string", enum: ["oscal", "ciso-assistant"] },
            ...(withVersion ? { version: { type: "string" } } : {}),
          },
        },
      },
    },
  },
  responses: {
    201: { description: "Imported and published", content: json(created) },
    409: error("That slug and version exist already (`issues` name `version`)"),
    413: error("Larger than 5 MB"),
    ...errors,
    ...heavy,
  },
});
