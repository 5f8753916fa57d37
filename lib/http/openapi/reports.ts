import { errors, evaluationsQuery, heavy, id, profileQuery } from "./components";

// PDF reports (lib/pdf): the same data and blind rule as the JSON endpoints; each one audited.
const pdf = () => ({
  200: {
    description: "The PDF (Content-Disposition: attachment; Cache-Control: no-store)",
    content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
  },
  ...errors,
  ...heavy,
});

export const reportPaths = () => ({
  "/api/v1/evaluations/{id}/report.pdf": {
    get: {
      summary:
        "Download the PDF report of an evaluation (cover, summary, charts, section tables, criteria with rationale and evidence, methodology, sign-off; the blind rule applies; audited)",
      parameters: [id("id"), profileQuery(true)],
      responses: pdf(),
    },
  },
  "/api/v1/comparisons/report.pdf": {
    get: {
      summary:
        "Download the PDF report of a comparison of 2–20 evaluations of one catalogue version (the blind rule applies; audited)",
      parameters: [evaluationsQuery(), profileQuery(true)],
      responses: pdf(),
    },
  },
});
