import { describe, expect, it } from "vitest";
import { profileListItem, profileSummary } from "./profile-summary";

const empty = { sectionWeights: {}, criterionWeights: {}, knockouts: [] };

describe("profileSummary", () => {
  it("says 'all ×1' for a profile without weights, and leaves out criteria and knock-outs it lacks", () => {
    expect(profileSummary(empty)).toEqual({ sections: "all ×1", criteria: null, knockouts: null });
  });

  it("lists section and criterion weights and knock-outs in order", () => {
    const summary = profileSummary({
      sectionWeights: { GW: 4, CL: 0 },
      criterionWeights: { "GW-02": 2.5 },
      knockouts: [
        { criterionKey: "GW-01", threshold: 3 },
        { criterionKey: "CL-01", threshold: 2 },
      ],
    });
    expect(summary).toEqual({
      sections: "GW ×4, CL ×0",
      criteria: "GW-02 ×2.5",
      knockouts: "GW-01 ≥ 3, CL-01 ≥ 2",
    });
  });
});

describe("profileListItem", () => {
  it("offers deleting to managers, and never for a preset", () => {
    const own = { id: "p1", name: "Mine", preset: false, ...empty };
    const preset = { ...own, id: "p0", preset: true };
    expect([profileListItem(own, true), profileListItem(own, false)].map((p) => p.deletable)).toEqual([
      true,
      false,
    ]);
    expect(profileListItem(preset, true).deletable).toBe(false);
  });
});
