import { errors, evaluationsQuery, heavy, id, profileQuery } from "./components";

// Exports are files: described by content type (the JSON ones are versioned documents, see lib/export/).
const format = (formats: string[]) => ({
  name: "format",
  in: "query",
  required: true,
  schema: { type: "string", enum: formats },
});
const kind = () => ({
  name: "kind",
  in: "query",
  required: false,
  description:
    "scores (default) or readiness: the readiness table (one row per target requirement, the disclaimer as the last row) as a CSV of its own; format=csv only (XLSX has a Readiness sheet and JSON a `readiness` member)",
  schema: { type: "string", enum: ["scores", "readiness"], default: "scores" },
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
      parameters: [id("id"), format(["csv", "xlsx", "json", "oscal"]), profileQuery(false), kind()],
      responses: file(
        'format=json: {"format":"scorecard-evaluation","version":1,…,"readiness":{"disclaimer","crosswalks"}} (readiness as GET /api/v1/evaluations/{id}/readiness); format=oscal: {"assessment-results":…} (OSCAL 1.1.2)',
      ),
    },
  },
  "/api/v1/comparisons/export": {
    get: {
      summary:
        "Download a comparison (criteria × vendors, section and overall scores) as CSV, XLSX or JSON (the blind rule applies; audited)",
      parameters: [evaluationsQuery(), profileQuery(false), format(["csv", "xlsx", "json"]), kind()],
      responses: file(
        '{"format":"scorecard-comparison","version":1,"summary","data","readiness":{"disclaimer","crosswalks"}} (readiness as GET /api/v1/comparisons/readiness)',
      ),
    },
  },
});
