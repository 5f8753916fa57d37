import { describe, expect, it } from "vitest";
import { owaspShape } from "./owasp-shape.fixture";
import { EQUAL_WEIGHTS_PROFILE, PRESET_PROFILES } from "./profiles";
import type { VendorInput } from "./ranking";
import { sensitivity } from "./sensitivity";
import { order, profile, vendor } from "./sensitivity.fixture";

// Worked examples: each states the arithmetic that makes its answer the right one.
describe("sensitivity", () => {
  it("needs two vendors", () => {
    expect(sensitivity([], EQUAL_WEIGHTS_PROFILE)).toBeNull();
    expect(sensitivity([vendor("Acme", [4, 4, 4, 4])], EQUAL_WEIGHTS_PROFILE)).toBeNull();
  });

  it("finds the runner-up's half step when it is the smallest swap, and the nearest weight", () => {
    // S2 weighs 3. Acme: S1 100, S2 87.5 → (100 + 3 × 87.5) / 4 = 90.625.
    // Bolt: S1 75, S2 93.75 → (75 + 3 × 93.75) / 4 = 89.0625; margin 1.5625.
    // Bolt's S2-2 3.5 → 4 (delta 0.5) makes S2 100 → 93.75 > 90.625. Acme's values are whole,
    // so its smallest change is 1, and Bolt's other values are whole too.
    const p = profile({ sectionWeights: { S2: 3 } });
    const vendors = [vendor("Bolt", [3, 3, 4, 3.5]), vendor("Acme", [4, 4, 4, 3])];
    const s = sensitivity(vendors, p);
    expect(s).toMatchObject({ leaderId: "acme", runnerUpId: "bolt", margin: 1.5625 });
    expect(s?.scoreSwap).toEqual({ vendorId: "bolt", criterionKey: "S2-2", from: 3.5, to: 4, delta: 0.5 });
    // Weights: Bolt is ahead when 25 × w1 < 6.25 × w2, i.e. w1 < 0.75 (distance > 0.25 from 1)
    // or w2 > 4 (distance > 1). At w1 = 0.75 both are 90 and "Acme" < "Bolt" keeps Acme first.
    expect(s?.weightSwap).toEqual({ sectionKey: "S1", from: 1, to: 0.74 });
    expect(order(vendors, profile({ sectionWeights: { S1: 0.74, S2: 3 } }))).toEqual(["bolt", "acme"]);
    expect(order(vendors, profile({ sectionWeights: { S1: 0.75, S2: 3 } }))).toEqual(["acme", "bolt"]);
  });

  it("counts a knock-out: lowering the leader below its threshold disqualifies it", () => {
    // S2-2 below 3 disqualifies. Acme (100 + 87.5) / 2 = 93.75, Bolt (50 + 62.5) / 2 = 56.25:
    // one criterion moves an overall by at most 4 × 6.25 = 25, too little for 37.5, but Acme's
    // S2-2 3 → 2 fails the knock-out. Acme is better in both sections, so no weight helps.
    const p = profile({ knockouts: [{ criterionKey: "S2-2", threshold: 3 }] });
    const vendors = [vendor("Acme", [4, 4, 4, 3]), vendor("Bolt", [2, 2, 2, 3])];
    const s = sensitivity(vendors, p);
    expect(s).toMatchObject({ leaderId: "acme", runnerUpId: "bolt", margin: 37.5, weightSwap: null });
    expect(s?.scoreSwap).toEqual({ vendorId: "acme", criterionKey: "S2-2", from: 3, to: 2, delta: 1 });
  });

  it("is null when no single change can swap the two", () => {
    // 100 against 0: one criterion moves an overall by at most 25, and Acme leads every section.
    const s = sensitivity(
      [vendor("Acme", [4, 4, 4, 4]), vendor("Bolt", [0, 0, 0, 0])],
      EQUAL_WEIGHTS_PROFILE,
    );
    expect(s).toMatchObject({ margin: 100, scoreSwap: null, weightSwap: null });
  });

  it("gives ties to the leader's changes and to catalogue order", () => {
    // S1 weighs 3. Acme: S1 100, S2 50 → 87.5; Bolt: S1 75, S2 100 → 81.25. One S1 point is
    // 12.5 × 3/4 = 9.375 overall: Acme's S1-1 4 → 3 (78.125) and Bolt's S1-1 3 → 4 (90.625)
    // both swap with delta 1; the leader's comes first.
    const p = profile({ sectionWeights: { S1: 3 } });
    const vendors = [vendor("Acme", [4, 4, 2, 2]), vendor("Bolt", [3, 3, 4, 4])];
    const s = sensitivity(vendors, p);
    expect(s?.scoreSwap).toEqual({ vendorId: "acme", criterionKey: "S1-1", from: 4, to: 3, delta: 1 });
    // Bolt is ahead when 50 × w2 > 25 × w1: w2 > 1.5 (→ 1.51, distance 0.51) beats w1 < 2
    // (→ 1.99, distance 1.01). At 1.5 both are 375 / 4.5 and the name keeps Acme first.
    expect(s?.weightSwap).toEqual({ sectionKey: "S2", from: 1, to: 1.51 });
    expect(order(vendors, profile({ sectionWeights: { S1: 3, S2: 1.51 } }))).toEqual(["bolt", "acme"]);
    expect(order(vendors, profile({ sectionWeights: { S1: 3, S2: 1.5 } }))).toEqual(["acme", "bolt"]);
  });

  it("weighs equally distant weights by catalogue order", () => {
    // S1 weighs 2. Acme: S1 100, S2 50 → 83.33; Bolt: S1 50, S2 100 → 66.67. Bolt is ahead
    // when w2 > w1: raising w2 to 2.01 and lowering w1 to 0.99 are both 1.01 away, and S1
    // comes first (3 − 2.01 and 2 − 0.99 differ in float; the search rounds that away).
    const p = profile({ sectionWeights: { S1: 2 } });
    const vendors = [vendor("Acme", [4, 4, 2, 2]), vendor("Bolt", [2, 2, 4, 4])];
    expect(sensitivity(vendors, p)?.weightSwap).toEqual({ sectionKey: "S1", from: 2, to: 0.99 });
    expect(order(vendors, profile({ sectionWeights: { S1: 2, S2: 2.01 } }))).toEqual(["bolt", "acme"]);
    expect(order(vendors, profile({ sectionWeights: { S1: 2, S2: 2 } }))).toEqual(["acme", "bolt"]);
  });

  it("can bring a section weighted 0 back in", () => {
    // S2 weighs 0: Acme 100 (its S2 of 0 does not count), Bolt 75. Bolt is ahead when
    // 100 × w2 > 25, so 0.26. Lowering S1 to 0 leaves both without an overall: a tie Acme wins.
    const p = profile({ sectionWeights: { S2: 0 } });
    const vendors = [vendor("Acme", [4, 4, 0, 0]), vendor("Bolt", [3, 3, 4, 4])];
    const s = sensitivity(vendors, p);
    expect(s).toMatchObject({ margin: 25, weightSwap: { sectionKey: "S2", from: 0, to: 0.26 } });
    expect(order(vendors, profile({ sectionWeights: { S2: 0.25 } }))).toEqual(["acme", "bolt"]);
  });

  it("has no margin when the runner-up has no overall score", () => {
    const s = sensitivity(
      [vendor("Acme", [1, 1, 1, 1]), vendor("Bolt", [null, null, null, "na"])],
      EQUAL_WEIGHTS_PROFILE,
    );
    // Bolt has nothing numeric to raise; Acme can drop to 0 but 0 still beats "no score".
    expect(s).toMatchObject({ leaderId: "acme", margin: null, scoreSwap: null, weightSwap: null });
  });

  it("ranks under every preset: the same order when the presets do not touch the catalogue", () => {
    // The presets weigh OWASP sections; S1 and S2 weigh 1 under all of them and their
    // knock-outs are on criteria this catalogue does not have.
    const vendors = [
      vendor("Bolt", [3, 3, 3, 3]),
      vendor("Acme", [4, 4, 2, 2]),
      vendor("Cuda", [4, 4, 4, 4]),
    ];
    const s = sensitivity(vendors, EQUAL_WEIGHTS_PROFILE);
    expect(s?.presets).toEqual(
      PRESET_PROFILES.map((p) => ({ profileId: p.id, profileName: p.name, order: ["cuda", "acme", "bolt"] })),
    );
    expect(s?.sameUnderAllPresets).toBe(true);
  });

  it("ranks under every preset: knock-outs reorder OWASP vendors", () => {
    // Both score GW and MOBILE 4. Devices: EDGE 4, CLOUD 0; Cloudy: EDGE 0, CLOUD 4.
    // Equal: both (100 + 100 + 0 + 100) / 4 = 75, the name puts Cloudy first.
    // Consumer device: Cloudy's EDGE-07 0 < 3 disqualifies it → Devices first.
    // Industrial gateway: both (2 × 100 + 3 × 100 + 0 + 0.5 × 100) / 7.5 → tie → Cloudy.
    // Cloud-only: Devices' CLOUD-03 0 < 3 disqualifies it → Cloudy first.
    const owasp = owaspShape();
    const scores = (edge: number, cloud: number) =>
      Object.fromEntries(
        owasp.sections.flatMap((s) =>
          s.criterionKeys.map((k) => [k, s.key === "EDGE" ? edge : s.key === "CLOUD" ? cloud : 4]),
        ),
      ) as Record<string, number>;
    const vendors: VendorInput[] = [
      { id: "devices", name: "Devices", shape: owasp, consensus: scores(4, 0) },
      { id: "cloudy", name: "Cloudy", shape: owasp, consensus: scores(0, 4) },
    ];
    const s = sensitivity(vendors, EQUAL_WEIGHTS_PROFILE);
    expect(s?.presets.map((p) => [p.profileId, p.order])).toEqual([
      ["equal", ["cloudy", "devices"]],
      ["consumer-device", ["devices", "cloudy"]],
      ["industrial-gateway", ["cloudy", "devices"]],
      ["cloud-only", ["cloudy", "devices"]],
    ]);
    expect(s?.sameUnderAllPresets).toBe(false);
    // Without the consumer preset the order never changes; no presets at all is vacuously true.
    expect(
      sensitivity(vendors, EQUAL_WEIGHTS_PROFILE, [PRESET_PROFILES[0], PRESET_PROFILES[3]])
        ?.sameUnderAllPresets,
    ).toBe(true);
    expect(sensitivity(vendors, EQUAL_WEIGHTS_PROFILE, [])).toMatchObject({
      presets: [],
      sameUnderAllPresets: true,
    });
  });
});
