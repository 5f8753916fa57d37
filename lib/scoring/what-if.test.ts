import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import type { WeightProfile } from "./profiles";
import { consensusInput, type VendorInput } from "./ranking";
import { whatIf } from "./what-if";

// "K1" sits in two sections: a what-if must move both, as evaluate() does.
const sections = [
  ["A", ["A1", "A2", "K1"]],
  ["B", ["B1", "K1"]],
  ["C", ["C1"]],
] as const;
const keys = ["A1", "A2", "K1", "B1", "C1"];
const MAX = 5;

const value = fc.oneof(
  fc.integer({ min: 0, max: 2 * MAX }).map((h) => h / 2),
  fc.constant("na" as const),
  fc.constant(null),
);
const weight = fc.oneof(fc.constantFrom(0, 1, 2), fc.double({ min: 1e-3, max: 20, noNaN: true }));
const vendorArb = fc
  .record({
    values: fc.tuple(...keys.map(() => value)),
    inScope: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
  })
  .map(({ values, inScope }): VendorInput => ({
    id: "v",
    name: "V",
    shape: {
      max: MAX,
      sections: sections.map(([key, criterionKeys], i) => ({ key, criterionKeys, inScope: inScope[i] })),
    },
    consensus: Object.fromEntries(keys.map((k, i) => [k, values[i]])),
  }));
const profileArb = fc
  .record({
    sectionWeights: fc.record({ A: weight, B: weight, C: weight }),
    criterionWeights: fc.record(
      Object.fromEntries(keys.map((k) => [k, weight])) as Record<string, fc.Arbitrary<number>>,
    ),
    knockouts: fc.array(
      fc.record({ criterionKey: fc.constantFrom(...keys), threshold: fc.integer({ min: 1, max: MAX }) }),
      { maxLength: 2 },
    ),
  })
  .map((p): WeightProfile => ({ id: "p", name: "P", ...p }));

const evaluated = (v: VendorInput, p: WeightProfile) => evaluate(v.shape, consensusInput(v.consensus), p);

describe("whatIf (properties)", () => {
  it("gives evaluate()'s exact overall and knock-outs for one changed consensus; the estimate is within 1e-9", () => {
    fc.assert(
      fc.property(vendorArb, profileArb, fc.integer({ min: 0, max: MAX }), (v, p, to) => {
        const model = whatIf(v, p, evaluated(v, p));
        for (const { key, value: from } of model.numeric) {
          expect(v.consensus[key]).toBe(from);
          const full = evaluated({ ...v, consensus: { ...v.consensus, [key]: to } }, p);
          expect(model.withConsensus(key, to)).toEqual({
            overall: full.overall,
            disqualified: full.disqualified,
          });
          const estimate = model.estimateConsensus(key, to);
          expect(estimate.disqualified).toBe(full.disqualified);
          if (full.overall === null) expect(estimate.overall).toBeNull();
          else expect(Math.abs(estimate.overall! - full.overall)).toBeLessThan(1e-9);
        }
      }),
    );
  });

  it("gives evaluate()'s exact overall for one changed section weight, on the line it describes", () => {
    fc.assert(
      fc.property(vendorArb, profileArb, fc.constantFrom("A", "B", "C"), weight, (v, p, key, w) => {
        const model = whatIf(v, p, evaluated(v, p));
        const full = evaluated(v, { ...p, sectionWeights: { ...p.sectionWeights, [key]: w } });
        expect(model.withSectionWeight(key, w)).toEqual({
          overall: full.overall,
          disqualified: full.disqualified,
        });
        const { p: sum, q, r, s } = model.weightLine(key);
        if (w > 0 && r + s * w > 0)
          expect(Math.abs((sum + q * w) / (r + s * w) - full.overall!)).toBeLessThan(1e-9);
      }),
    );
  });

  it("lists the in-scope numeric criteria once each, in catalogue order", () => {
    const v: VendorInput = {
      id: "v",
      name: "V",
      shape: {
        sections: [
          { key: "A", criterionKeys: ["A1", "K1", "A2"] },
          { key: "B", criterionKeys: ["K1", "B1"] },
          { key: "C", criterionKeys: ["C1"], inScope: false },
        ],
      },
      consensus: { A1: 2.5, K1: 3, A2: "na", B1: null, C1: 4 },
    };
    const p: WeightProfile = { id: "p", name: "P", sectionWeights: {}, criterionWeights: {}, knockouts: [] };
    const model = whatIf(v, p, evaluated(v, p));
    expect(model.numeric).toEqual([
      { key: "A1", value: 2.5 },
      { key: "K1", value: 3 },
    ]);
    expect(model.sectionKeys).toEqual(["A", "B"]);
  });
});
