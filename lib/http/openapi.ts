import { z } from "zod";
import * as R from "../schemas/api-responses";
import { shareLinkInputSchema } from "../schemas/comparison";
import { agreedScoreSchema, createEvaluationSchema, scoreInputSchema } from "../schemas/evaluation";
import { frameworkInputSchema } from "../schemas/framework";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas that validate
 * requests (and describe responses), so the document cannot drift from the code.
 */
const schema = (s: z.ZodType, io: "input" | "output" = "output") => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, {
    io,
    unrepresentable: "any",
    target: "draft-2020-12",
  }) as Record<string, unknown>;
  void _ignored;
  return rest;
};
const json = (s: z.ZodType, io: "input" | "output" = "output") => ({
  "application/json": { schema: schema(s, io) },
});
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
const errors = {
  400: error("Invalid input; `issues` name the fields"),
  401: error("No valid API token"),
  403: error("Missing scope or role"),
  404: error("Not found (or another workspace's)"),
  503: error(
    "`busy`: the instance is at capacity (nothing was done); retry after `Retry-After` seconds. `unavailable`: the database is down",
  ),
};
/** Endpoints whose work runs in the worker pool (PDFs, workbooks, catalogue parsing). */
const heavy = {
  422: error("`too_complex`: the document needs more time or memory than a worker may use"),
  503: error(
    "`busy`: the instance or its worker pool is at capacity (nothing was done); retry after `Retry-After` seconds. `unavailable`: the database is down",
  ),
};
const id = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });

export function openApiDocument(version: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "IoT Framework Security Scorecard API",
      version,
      description:
        "Personal API tokens: `Authorization: Bearer sct_…`. A token acts in one workspace, with its scopes (read, write) and its user's role.",
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: { Error: schema(R.errorResponse) },
    },
    paths: {
      "/api/v1/frameworks": {
        get: {
          summary: "List frameworks",
          responses: {
            200: { description: "Frameworks", content: json(R.frameworkListResponse) },
            ...errors,
          },
        },
        post: {
          summary: "Create a framework",
          requestBody: { required: true, content: json(frameworkInputSchema, "input") },
          responses: { 201: { description: "Created", content: json(R.frameworkResponse) }, ...errors },
        },
      },
      "/api/v1/evaluations": {
        get: {
          summary: "List evaluations",
          responses: {
            200: { description: "Evaluations", content: json(R.evaluationListResponse) },
            ...errors,
          },
        },
        post: {
          summary: "Create an evaluation (pins the catalogue version)",
          requestBody: { required: true, content: json(createEvaluationSchema, "input") },
          responses: { 201: { description: "Created", content: json(R.createdResponse) }, ...errors },
        },
      },
      "/api/v1/evaluations/{id}/scores": {
        get: {
          summary: "Scores visible to the caller (blind until the caller submits a section)",
          parameters: [id("id")],
          responses: { 200: { description: "Scores", content: json(R.scoreListResponse) }, ...errors },
        },
      },
      "/api/v1/evaluations/{id}/scores/{criterionKey}": {
        put: {
          summary: "Save the caller's own score",
          parameters: [
            id("id"),
            id("criterionKey"),
            {
              name: "If-Match",
              in: "header",
              required: false,
              schema: { type: "string", pattern: "^\\d+$" },
              description: "The version last seen (0 before the first save)",
            },
          ],
          requestBody: { required: true, content: json(scoreInputSchema, "input") },
          responses: {
            200: { description: "Saved", content: json(R.savedScoreResponse) },
            409: error(
              "Stale version (the body carries `current`), final evaluation, out-of-scope or submitted section",
            ),
            ...errors,
          },
        },
      },
      "/api/v1/evaluations/{id}/agreed": {
        get: {
          summary: "Agreed consensus values (only for sections the caller may see)",
          parameters: [id("id")],
          responses: {
            200: { description: "Agreed values", content: json(R.agreedListResponse) },
            ...errors,
          },
        },
      },
      "/api/v1/evaluations/{id}/agreed/{criterionKey}": {
        put: {
          summary:
            "Record the agreed consensus of a criterion (owner/admin; wins over the median, dissent stays visible)",
          parameters: [id("id"), id("criterionKey")],
          requestBody: { required: true, content: json(agreedScoreSchema, "input") },
          responses: {
            200: { description: "Recorded", content: json(R.agreedScoreResponse) },
            409: error("Final evaluation"),
            ...errors,
          },
        },
        delete: {
          summary: "Clear the agreed value (the median applies again)",
          parameters: [id("id"), id("criterionKey")],
          responses: { 204: { description: "Cleared" }, 409: error("Final evaluation"), ...errors },
        },
      },
      "/api/v1/evaluations/{id}/sections/{sectionKey}/submit": {
        post: {
          summary: "Submit the caller's scores of a section",
          parameters: [id("id"), id("sectionKey")],
          responses: {
            200: { description: "Submitted", content: json(R.submitResponse) },
            409: error("Criteria still unscored"),
            ...errors,
          },
        },
      },
      "/api/v1/evaluations/{id}/summary": {
        get: {
          summary: "Scores, coverage, agreement and knock-outs under a weight profile",
          parameters: [
            id("id"),
            { name: "profile", in: "query", required: false, schema: { type: "string" } },
          ],
          responses: { 200: { description: "Summary", content: json(R.summaryResponse) }, ...errors },
        },
      },
      "/api/v1/comparisons": {
        get: {
          summary:
            "2–20 evaluations of one catalogue version side by side, ranked under a weight profile (the blind rule applies)",
          parameters: [
            {
              name: "evaluations",
              in: "query",
              required: true,
              schema: { type: "string" },
              description: "Comma-separated evaluation ids",
            },
            {
              name: "profile",
              in: "query",
              required: false,
              schema: { type: "string" },
              description: "A preset id or a workspace profile id; equal weights by default",
            },
          ],
          responses: { 200: { description: "Comparison", content: json(R.comparisonResponse) }, ...errors },
        },
      },
      // PDF reports (lib/pdf): the same data and blind rule as the JSON endpoints; each one audited.
      "/api/v1/evaluations/{id}/report.pdf": {
        get: {
          summary:
            "Download the PDF report of an evaluation (cover, summary, charts, section tables, criteria with rationale and evidence, methodology, sign-off; the blind rule applies; audited)",
          parameters: [
            id("id"),
            {
              name: "profile",
              in: "query",
              required: false,
              schema: { type: "string" },
              description: "A preset id or a workspace profile id; equal weights by default",
            },
          ],
          responses: {
            200: {
              description: "The PDF (Content-Disposition: attachment; Cache-Control: no-store)",
              content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
            },
            ...errors,
            ...heavy,
          },
        },
      },
      "/api/v1/comparisons/report.pdf": {
        get: {
          summary:
            "Download the PDF report of a comparison of 2–20 evaluations of one catalogue version (the blind rule applies; audited)",
          parameters: [
            {
              name: "evaluations",
              in: "query",
              required: true,
              schema: { type: "string" },
              description: "Comma-separated evaluation ids",
            },
            {
              name: "profile",
              in: "query",
              required: false,
              schema: { type: "string" },
              description: "A preset id or a workspace profile id; equal weights by default",
            },
          ],
          responses: {
            200: {
              description: "The PDF (Content-Disposition: attachment; Cache-Control: no-store)",
              content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
            },
            ...errors,
            ...heavy,
          },
        },
      },
      // Exports are files: described by content type (the JSON ones are versioned documents, see lib/export/).
      "/api/v1/evaluations/{id}/export": {
        get: {
          summary:
            "Download an evaluation as CSV, XLSX, JSON or OSCAL assessment-results (the blind rule applies; audited)",
          parameters: [
            id("id"),
            {
              name: "format",
              in: "query",
              required: true,
              schema: { type: "string", enum: ["csv", "xlsx", "json", "oscal"] },
            },
            { name: "profile", in: "query", required: false, schema: { type: "string" } },
          ],
          responses: {
            200: {
              description: "The file (Content-Disposition: attachment)",
              content: {
                "text/csv": { schema: { type: "string" } },
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {},
                "application/json": {
                  schema: {
                    type: "object",
                    description:
                      'format=json: {"format":"scorecard-evaluation","version":1,…}; format=oscal: {"assessment-results":…} (OSCAL 1.1.2)',
                  },
                },
              },
            },
            ...errors,
            ...heavy,
          },
        },
      },
      "/api/v1/comparisons/export": {
        get: {
          summary:
            "Download a comparison (criteria × vendors, section and overall scores) as CSV, XLSX or JSON (the blind rule applies; audited)",
          parameters: [
            {
              name: "evaluations",
              in: "query",
              required: true,
              schema: { type: "string" },
              description: "Comma-separated evaluation ids",
            },
            { name: "profile", in: "query", required: false, schema: { type: "string" } },
            {
              name: "format",
              in: "query",
              required: true,
              schema: { type: "string", enum: ["csv", "xlsx", "json"] },
            },
          ],
          responses: {
            200: {
              description: "The file (Content-Disposition: attachment)",
              content: {
                "text/csv": { schema: { type: "string" } },
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {},
                "application/json": {
                  schema: {
                    type: "object",
                    description: '{"format":"scorecard-comparison","version":1,"summary","data"}',
                  },
                },
              },
            },
            ...errors,
            ...heavy,
          },
        },
      },
      "/api/v1/catalogues/import": {
        post: {
          summary:
            "Import a catalogue into the token's workspace (owner/admin, write scope): an OSCAL catalog or a CISO Assistant library; visible to that workspace only",
          parameters: [
            {
              name: "version",
              in: "query",
              required: false,
              schema: { type: "string" },
              description: "Import under this version instead of the file's",
            },
          ],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { type: "object", description: 'An OSCAL 1.x catalog document ({"catalog":…})' },
              },
              "application/yaml": {
                schema: { type: "string", description: "A CISO Assistant library (also text/yaml)" },
              },
              "multipart/form-data": {
                schema: {
                  type: "object",
                  required: ["file"],
                  properties: {
                    file: { type: "string", format: "binary" },
                    format: { type: "string", enum: ["oscal", "ciso-assistant"] },
                    version: { type: "string" },
                  },
                },
              },
            },
          },
          responses: {
            201: { description: "Imported and published", content: json(R.catalogueImportedResponse) },
            409: error("That slug and version exist already (`issues` name `version`)"),
            413: error("Larger than 5 MB"),
            ...errors,
            ...heavy,
          },
        },
      },
      "/api/v1/catalogues/{slug}/{version}/export": {
        get: {
          summary:
            "Download a catalogue as an OSCAL catalog (JSON) or a CISO Assistant library (YAML); built-in catalogues are public, imported ones need a token of their workspace",
          security: [{}, { bearer: [] }],
          parameters: [
            id("slug"),
            id("version"),
            {
              name: "format",
              in: "query",
              required: true,
              schema: { type: "string", enum: ["oscal", "ciso-assistant"] },
            },
          ],
          responses: {
            200: {
              description: "The file (Content-Disposition: attachment)",
              content: {
                "application/json": { schema: { type: "object", description: "OSCAL 1.1.2 catalog" } },
                "application/yaml": { schema: { type: "string" } },
              },
            },
            ...errors,
          },
        },
      },
      "/api/v1/share-links": {
        get: {
          summary: "List the workspace's share links (active, expired and revoked)",
          responses: {
            200: { description: "Share links", content: json(R.shareLinkListResponse) },
            ...errors,
          },
        },
        post: {
          summary:
            "Share a frozen snapshot of a comparison (1–20 evaluations) as a public, expiring link; the URL is shown once",
          requestBody: { required: true, content: json(shareLinkInputSchema, "input") },
          responses: {
            201: { description: "Created", content: json(R.shareLinkCreatedResponse) },
            ...errors,
          },
        },
      },
      "/api/v1/share-links/{id}": {
        delete: {
          summary:
            "Revoke a share link (its creator or an owner/admin); it answers 410 from the next request",
          parameters: [id("id")],
          responses: { 204: { description: "Revoked" }, ...errors },
        },
      },
    },
  };
}
