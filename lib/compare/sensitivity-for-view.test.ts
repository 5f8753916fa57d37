import { describe, expect, it } from "vitest";
import { EQUAL_WEIGHTS_PROFILE, PRESET_PROFILES, sensitivity } from "../scoring";
import { chosenProfile } from "./chosen-profile";
import { sensitivityForView } from "./sensitivity-for-view";
import type { ComparisonCell, ComparisonData } from "./types";
import { vendorInput } from "./vendor-input";

const cell = (value: number): ComparisonCell => ({
  value,
  source: "median",
  spread: 0,
  disagreement: false,
  lowConfidence: false,
  carriedOver: false,
  agreedReason: null,
  reviews: [],
});
const vendor = (id: string, a: number, b: number) => ({
  evaluationId: id,
  framework: { name: id, vendor: "V", productVersion: "1" },
  status: "final" as const,
  sections: [
    { key: "A", inScope: true, hidden: false, submittedBy: 1 },
    { key: "B", inScope: true, hidden: false, submittedBy: 1 },
  ],
  cells: { "A-1": cell(a), "B-1": cell(b) },
});
const data: ComparisonData = {
  generatedAt: "2026-01-01T00:00:00.000Z",
  hideReviewers: false,
  profiles: [],
  catalogue: { slug: "c", version: "1", title: "C", max: 4, levels: [] },
  sections: [
    { key: "A", title: "Alpha", criteria: [{ key: "A-1", title: "Encryption" }] },
    { key: "B", title: "Beta", criteria: [{ key: "B-1", title: "Secrets" }] },
  ],
  vendors: [vendor("x", 4, 1), vendor("y", 1, 3)],
};
const weighted = { ...EQUAL_WEIGHTS_PROFILE, id: "b-heavy", name: "B heavy", sectionWeights: { A: 1, B: 9 } };

describe("sensitivity for the view's profile (server side)", () => {
  it("answers for the profile in the address, and says which one", () => {
    const withProfiles = { ...data, profiles: [...PRESET_PROFILES, weighted] };
    const got = sensitivityForView(withProfiles, "b-heavy");
    expect(got.profileId).toBe("b-heavy");
    expect(got.value).toEqual(
      sensitivity(
        data.vendors.map((v) => vendorInput(data, v)),
        weighted,
      ),
    );
    expect(got.value?.leaderId).toBe("y");
    expect(sensitivityForView(withProfiles, "equal").value?.leaderId).toBe("x");
  });

  it("falls back like the view does: equal weights, else the first profile, else the built-in equal weights", () => {
    expect(chosenProfile({ ...data, profiles: [weighted, EQUAL_WEIGHTS_PROFILE] }, "nope").id).toBe("equal");
    expect(chosenProfile({ ...data, profiles: [weighted] }, "nope").id).toBe("b-heavy");
    expect(chosenProfile(data, "nope")).toBe(EQUAL_WEIGHTS_PROFILE);
    expect(sensitivityForView(data, "nope").profileId).toBe("equal");
  });
});
