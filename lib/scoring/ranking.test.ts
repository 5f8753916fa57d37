import { describe, expect, it } from "vitest";
import { EQUAL_WEIGHTS_PROFILE, type WeightProfile } from "./profiles";
import { compareRank, rankVendors, type VendorInput } from "./ranking";
import type { CatalogueShape, ConsensusValue } from "./types";

// Two sections × two criteria on 0..4: one criterion point moves its section by 12.5 and,
// with equal weights, the overall by 6.25.
const shape: CatalogueShape = {
  max: 4,
  sections: [
    { key: "S1", criterionKeys: ["S1-1", "S1-2"] },
    { key: "S2", criterionKeys: ["S2-1", "S2-2"] },
  ],
};

function vendor(id: string, name: string, [a, b, c, d]: ConsensusValue[]): VendorInput {
  return { id, name, shape, consensus: { "S1-1": a, "S1-2": b, "S2-1": c, "S2-2": d } };
}

// S1-1 below 2 disqualifies.
const knockout: WeightProfile = {
  ...EQUAL_WEIGHTS_PROFILE,
  id: "ko",
  knockouts: [{ criterionKey: "S1-1", threshold: 2 }],
};

describe("rankVendors", () => {
  const vendors = [
    vendor("v6", "Foxtrot", [0, null, null, null]), // S1 0, S2 none → 0, S1-1 0 < 2: disqualified
    vendor("v2", "Bravo", [4, 4, 2, 2]), // (100 + 50) / 2 = 75
    vendor("v4", "Charlie", [null, null, null, null]), // nothing scored → null, knock-out unknown
    vendor("v5", "Delta", [1, 4, 4, 4]), // (62.5 + 100) / 2 = 81.25, S1-1 1 < 2: disqualified
    vendor("v3", "Alpha", [2, 2, 4, 4]), // (50 + 100) / 2 = 75
    vendor("v1", "Echo", [4, 4, 4, 4]), // 100
    vendor("v0", "Alpha", [2, 2, 4, 4]), // 75, same name as v3: the id decides
  ];

  it("puts cleared vendors first by overall, null overall last, then the disqualified", () => {
    const ranked = rankVendors(vendors, knockout);
    expect(ranked.map((r) => [r.rank, r.id, r.overall, r.disqualified])).toEqual([
      [1, "v1", 100, false],
      [2, "v0", 75, false], // 75-way tie: Alpha < Bravo, then v0 < v3
      [3, "v3", 75, false],
      [4, "v2", 75, false],
      [5, "v4", null, false],
      [6, "v5", 81.25, true], // disqualified despite the second-best overall
      [7, "v6", 0, true],
    ]);
    expect(ranked[5].result.knockouts).toEqual([
      { criterionKey: "S1-1", threshold: 2, value: 1, status: "fail" },
    ]);
  });

  it("does not depend on the input order", () => {
    const order = rankVendors(vendors, knockout).map((r) => r.id);
    expect(rankVendors([...vendors].reverse(), knockout).map((r) => r.id)).toEqual(order);
  });

  it("ranks by the profile's weights: S1 weighted 3 lifts Bravo over Alpha", () => {
    // Bravo (3 × 100 + 50) / 4 = 87.5, Alpha (3 × 50 + 100) / 4 = 62.5.
    const s1Heavy: WeightProfile = { ...EQUAL_WEIGHTS_PROFILE, id: "s1", sectionWeights: { S1: 3 } };
    const ranked = rankVendors([vendors[4], vendors[1]], s1Heavy);
    expect(ranked.map((r) => [r.name, r.overall])).toEqual([
      ["Bravo", 87.5],
      ["Alpha", 62.5],
    ]);
    expect(rankVendors([], s1Heavy)).toEqual([]);
  });

  it("treats scores equal but for float noise as a tie that the name breaks", () => {
    // With S1 weighted 0.17, Acme's overall is 0.17 × 100 / 0.17 = 99.99999999999999 in
    // float; Bolt's is 100 from S2 alone. Both are 100, so "Acme" < "Bolt" decides.
    const noisy: WeightProfile = { ...EQUAL_WEIGHTS_PROFILE, id: "noisy", sectionWeights: { S1: 0.17 } };
    const ranked = rankVendors(
      [vendor("b", "Bolt", [null, null, 4, 4]), vendor("a", "Acme", [4, 4, null, null])],
      noisy,
    );
    expect(ranked.map((r) => [r.id, r.overall])).toEqual([
      ["a", 99.99999999999999],
      ["b", 100],
    ]);
  });

  it("orders names by code unit, not by locale", () => {
    const key = (name: string) => ({ id: name, name, overall: 50, disqualified: false });
    expect(compareRank(key("Zeta"), key("alpha"))).toBeLessThan(0); // "Z" (0x5A) < "a" (0x61)
    expect(compareRank(key("Ä"), key("B"))).toBeGreaterThan(0);
  });
});
