import { errors, evaluationsQuery, heavy, id, profileQuery } from "./components";

// Exports are files: described by content type (the JSON ones are versioned documents, see lib/export/).
const format = (formats: string[]) => ({
  name: "format",
  in: "query",
  required: true,
  schema: { type: "string", enum: formats },
});
const file = (jsonDescription: string) => ({
  200: {
    description: "The file (Content-Disposition: attachment)",
    content: {
      "text/csv": { schema: { type: "string" } },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {},
      "application/json": { schema: { type: "object", description: jsonDescription } },
    },
  },
  ...errors,
  ...heavy,
});

export const exportPaths = () => ({
  "/api/v1/evaluations/{id}/export": {
    get: {
      summary:
        "Download an evaluation as CSV, XLSX, JSON or OSCAL assessment-results (the blind rule applies; audited)",
      parameters: [id("id"), format(["csv", "xlsx", "json", "oscal"]), profileQuery(false)],
      responses: file(
        'format=json: {"format":"scorecard-evaluation","version":1,…}; format=oscal: {"assessment-results":…} (OSCAL 1.1.2)',
      ),
    },
  },
  "/api/v1/comparisons/export": {
    get: {
      summary:
        "Download a comparison (criteria × vendors, section and overall scores) as CSV, XLSX or JSON (the blind rule applies; audited)",
      parameters: [evaluationsQuery(), profileQuery(false), format(["csv", "xlsx", "json"])],
      responses: file('{"format":"scorecard-comparison","version":1,"summary","data"}'),
    },
  },
});
