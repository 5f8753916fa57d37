import type { ComparisonData, ComparisonVendor, EvaluationExportInput, ExportSummary } from "./types";

/** A small two-section evaluation for the builders' unit tests; `GW` is blind to the caller. */
export const GENERATED_AT = "2026-03-01T12:00:00.000Z";

export function sampleVendor(
  id = "0190c6a0-0000-7000-8000-000000000001",
  name = "Edge SDK",
): ComparisonVendor {
  return {
    evaluationId: id,
    framework: { name, vendor: 'Acme "Quoted" / Co', productVersion: "2.1" },
    status: "in_review",
    sections: [
      { key: "EDGE", inScope: true, hidden: false, submittedBy: 2 },
      { key: "GW", inScope: true, hidden: true, submittedBy: 1 },
      { key: "CLOUD", inScope: false, hidden: false, submittedBy: 0 },
    ],
    cells: {
      "EDGE-01": {
        value: 3,
        source: "median",
        spread: 2,
        disagreement: true,
        lowConfidence: false,
        carriedOver: false,
        agreedReason: null,
        reviews: [
          {
            reviewer: "Zoe",
            value: 4,
            rationale: '=HYPERLINK("http://evil.example","click")',
            evidence: [{ url: "https://docs.example/a", grade: "tested" }],
          },
          { reviewer: "Alan", value: 2, rationale: "+cmd|' /C calc'!A0", evidence: [] },
        ],
      },
      "EDGE-02": {
        value: "na",
        source: "agreed",
        spread: null,
        disagreement: false,
        lowConfidence: false,
        carriedOver: true,
        agreedReason: "@not relevant",
        reviews: [{ reviewer: "Alan", value: "na", rationale: "-no radio", evidence: [] }],
      },
    },
  };
}

export function sampleData(vendors: ComparisonVendor[] = [sampleVendor()]): ComparisonData {
  return {
    generatedAt: GENERATED_AT,
    catalogue: {
      slug: "owasp-iot-framework",
      version: "2016.1",
      title: "OWASP IoT Framework",
      max: 4,
      levels: [0, 1, 2, 3, 4].map((value) => ({ value, label: `L${value}` })),
    },
    sections: [
      {
        key: "EDGE",
        title: "Edge",
        criteria: [
          { key: "EDGE-01", title: "Secure boot" },
          { key: "EDGE-02", title: "Radio" },
          { key: "EDGE-03", title: "Unscored" },
        ],
      },
      { key: "GW", title: "Gateway: [core]", criteria: [{ key: "GW-01", title: "TLS" }] },
      { key: "CLOUD", title: "Cloud", criteria: [{ key: "CLOUD-01", title: "IAM" }] },
    ],
    vendors,
    profiles: [
      { id: "equal", name: "Equal weights", sectionWeights: {}, criterionWeights: {}, knockouts: [] },
    ],
    hideReviewers: false,
  };
}

export function sampleSummary(): ExportSummary {
  return {
    evaluation: {
      id: "0190c6a0-0000-7000-8000-000000000001",
      status: "in_review",
      framework: { name: "Edge SDK", vendor: "Acme", productVersion: "2.1" },
      catalogue: { slug: "owasp-iot-framework", version: "2016.1", title: "OWASP IoT Framework" },
    },
    profile: { id: "equal", name: "Equal weights" },
    overall: null,
    coverage: null,
    alpha: null,
    alphaLabel: "not enough data",
    disqualified: null,
    knockouts: [],
    sections: [
      {
        key: "EDGE",
        title: "Edge",
        hidden: false,
        submittedBy: 2,
        alpha: 0.5,
        alphaLabel: "unreliable",
        disagreements: 1,
        score: 75,
        coverage: 0.5,
        weight: 1,
      },
      {
        key: "GW",
        title: "Gateway: [core]",
        hidden: true,
        submittedBy: 1,
        alpha: null,
        alphaLabel: "not enough data",
        disagreements: null,
        score: null,
        coverage: null,
        weight: 1,
      },
    ],
  };
}

export const sampleInput = (): EvaluationExportInput => ({
  data: sampleData(),
  summary: sampleSummary(),
  generatedAt: GENERATED_AT,
});
