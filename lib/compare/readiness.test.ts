import { describe, expect, it } from "vitest";
import { sampleData, sampleVendor } from "../export/sample.fixture";
import { comparisonReadiness, vendorValues, type CrosswalkShape } from "./readiness";

// EDGE-01 = 3, EDGE-02 = N/A, EDGE-03 unscored; GW hidden to the reader (blind); CLOUD out of scope.
const crosswalk = (links: CrosswalkShape["links"]): CrosswalkShape => ({
  slug: "m",
  version: "1",
  title: "M",
  notCovered: [{ key: "T4", reason: "a manufacturer duty" }],
  target: {
    slug: "reg",
    version: "1",
    title: "Regulation",
    sections: [
      { key: "P", title: "Part", criteria: ["T1", "T2", "T3", "T4"].map((key) => ({ key, title: key })) },
    ],
  },
  links,
});

describe("comparison readiness", () => {
  it("reads each criterion as the reader may see it: consensus, N/A out of scope, unscored when blind", () => {
    const data = sampleData();
    const values = vendorValues(data, data.vendors[0]);
    expect(Object.fromEntries(values)).toEqual({
      "EDGE-01": 3,
      "EDGE-02": "na",
      "EDGE-03": null,
      "GW-01": null,
      "CLOUD-01": "na",
    });
  });

  it("gives vendors × requirements and ranks vendors by readiness, unassessed last", () => {
    const strong = sampleVendor("0190c6a0-0000-7000-8000-000000000002", "Strong");
    strong.cells["EDGE-01"] = { ...strong.cells["EDGE-01"], value: 4 };
    const blind = sampleVendor("0190c6a0-0000-7000-8000-000000000003", "Blind");
    blind.sections = blind.sections.map((s) => ({ ...s, hidden: true }));
    const data = sampleData([sampleVendor(), strong, blind]);
    const r = comparisonReadiness(
      data,
      crosswalk([
        { sourceKey: "EDGE-01", targetKey: "T1", relationship: "equivalent" },
        { sourceKey: "GW-01", targetKey: "T2", relationship: "subset" },
        { sourceKey: "CLOUD-01", targetKey: "T3", relationship: "intersects" },
      ]),
    );
    expect(r.requirements.map((q) => q.key)).toEqual(["T1", "T2", "T3", "T4"]);
    expect(r.notInCatalogue).toEqual(["T4"]);
    const [base, top, hidden] = r.vendors;
    expect(base.cells.T1).toEqual({ readiness: 75, coverage: "full" });
    expect(base.cells.T2).toEqual({ readiness: null, coverage: "not_assessed" }); // blind, never 0
    expect(base.cells.T3).toEqual({ readiness: null, coverage: "not_assessed" }); // out of scope
    expect(base.cells.T4).toEqual({ readiness: null, coverage: "not_in_catalogue" });
    expect(top.readiness).toBe(100);
    expect(hidden.readiness).toBeNull();
    expect(r.ranking).toEqual([top.evaluationId, base.evaluationId, hidden.evaluationId]);
  });
});
