import { describe, expect, it } from "vitest";
import { reportFixture } from "../pdf/report-fixture";
import { packComparison, unpackComparison } from "./pack";
import type { ComparisonData } from "./types";

describe("packComparison", () => {
  it("round-trips every cell: values, flags, agreed reasons and reviews", () => {
    const data = reportFixture(3, 5);
    const v = data.vendors[0];
    v.cells["EDGE-01"] = {
      ...v.cells["EDGE-01"],
      source: "agreed",
      agreedReason: "vendor fixed it",
      lowConfidence: true,
      carriedOver: true,
      value: "na",
      spread: null,
    };
    v.cells["EDGE-02"] = { ...v.cells["EDGE-02"], value: null, reviews: [] };
    expect(unpackComparison(JSON.parse(JSON.stringify(packComparison(data))))).toEqual(data);
  });

  it("is much smaller than the plain form when cells carry no reviews (the compare page)", () => {
    const data = reportFixture(10, 250);
    const lean: ComparisonData = {
      ...data,
      reviewsOnDemand: true,
      vendors: data.vendors.map((v) => ({
        ...v,
        cells: Object.fromEntries(Object.entries(v.cells).map(([k, c]) => [k, { ...c, reviews: [] }])),
      })),
    };
    const packed = JSON.stringify(packComparison(lean)).length;
    expect(unpackComparison(JSON.parse(JSON.stringify(packComparison(lean))))).toEqual(lean);
    expect(packed).toBeLessThan(JSON.stringify(lean).length / 3);
  });
});
