import type { ComparisonData } from "../compare/types";
import { PRESET_PROFILES } from "../scoring";

/**
 * A synthetic comparison in the shape loadComparison returns, for rendering tests and the
 * benchmark: `vendors` frameworks over the OWASP section keys, two reviewers each.
 */
export function reportFixture(vendors = 3, criteriaPerSection = 4): ComparisonData {
  const sections = ["EDGE", "GW", "CLOUD", "MOBILE"].map((key, si) => ({
    key,
    title: ["Edge", "Gateway", "Cloud Platform", "Mobile"][si],
    criteria: Array.from({ length: criteriaPerSection }, (_, i) => ({
      key: `${key}-${String(i + 1).padStart(2, "0")}`,
      title: `Criterion ${i + 1} of ${key}`,
    })),
  }));
  return {
    generatedAt: new Date(0).toISOString(),
    catalogue: {
      slug: "owasp-iot-framework",
      version: "2016",
      title: "OWASP IoT Framework Security Considerations",
      max: 4,
      levels: ["Absent", "Possible", "Partial", "Supported", "Secure by default"].map((label, value) => ({
        value,
        label,
      })),
    },
    sections,
    profiles: [...PRESET_PROFILES],
    hideReviewers: false,
    vendors: Array.from({ length: vendors }, (_, vi) => ({
      evaluationId: `00000000-0000-4000-8000-${String(vi).padStart(12, "0")}`,
      framework: {
        name: vi === 0 ? "Ελληνικά Кириллица 漢字かな한글" : `Vendor SDK ${vi}`,
        vendor: `Maker ${vi}`,
        productVersion: `${vi + 1}.0`,
      },
      status: (["draft", "in_review", "final"] as const)[vi % 3],
      sections: sections.map((s) => ({
        key: s.key,
        inScope: !(vi === 2 && s.key === "MOBILE"),
        hidden: false,
        submittedBy: 2,
      })),
      cells: Object.fromEntries(
        sections
          .flatMap((s) => s.criteria)
          .map((c, ci) => {
            const a = (vi + ci) % 5,
              b = (vi + ci * 2) % 5;
            return [
              c.key,
              {
                value: (a + b) / 2,
                source: "median" as const,
                spread: Math.abs(a - b),
                disagreement: Math.abs(a - b) >= 2,
                lowConfidence: false,
                carriedOver: false,
                agreedReason: null,
                reviews: [
                  {
                    reviewer: "Ada",
                    value: a,
                    rationale: ci === 0 ? "<script>alert(1)</script>" : `Rationale ${c.key}`,
                    evidence: [
                      { url: "https://docs.example/x", grade: "documentation" },
                      { url: "javascript:alert(1)", grade: "vendor_claim" },
                    ],
                  },
                  { reviewer: "Бора 李", value: b, rationale: "", evidence: [] },
                ],
              },
            ];
          }),
      ),
    })),
  };
}
