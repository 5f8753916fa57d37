import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overallScore, sectionScore, type WeightedCriterion } from "./section-score";

const EPSILON = 1e-9;

// Consensus values include the .5 steps an even number of reviewers produces.
const consensusValue = fc.oneof(
  fc.integer({ min: 0, max: 8 }).map((half) => half / 2),
  fc.constant("na" as const),
  fc.constant(null),
);
// Weights are small user-entered decimals; subnormal ones (5e-324) would underflow to 0
// when scaled and say nothing about the formula.
const weight = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 1e-3, max: 50, noNaN: true }));
const criterion: fc.Arbitrary<WeightedCriterion> = fc.record({ value: consensusValue, weight });
const criteria = fc.array(criterion, { maxLength: 30 });

function expectClose(a: number | null, b: number | null): void {
  if (a === null || b === null) expect(a).toBe(b);
  else expect(Math.abs(a - b)).toBeLessThan(EPSILON);
}

describe("sectionScore", () => {
  it("is Σ(weight × consensus) / Σ(weight × max) × 100 over applicable, scored criteria", () => {
    const result = sectionScore([
      { value: 4, weight: 2 },
      { value: 2 },
      { value: "na", weight: 5 },
      { value: null, weight: 3 },
    ]);
    expect(result.score).toBeCloseTo(((2 * 4 + 2) / (3 * 4)) * 100, 12);
    expect(result).toMatchObject({ scored: 2, applicable: 3, coverage: 2 / 3 });
  });

  it("treats unscored criteria as gaps, not zeros", () => {
    expect(sectionScore([{ value: 4 }, { value: null }])).toEqual({
      score: 100,
      coverage: 0.5,
      scored: 1,
      applicable: 2,
    });
    expect(sectionScore([{ value: null }])).toEqual({ score: null, coverage: 0, scored: 0, applicable: 1 });
  });

  it("has no score and full coverage when nothing is applicable", () => {
    expect(sectionScore([{ value: "na" }, { value: "na" }])).toEqual({
      score: null,
      coverage: 1,
      scored: 0,
      applicable: 0,
    });
    expect(sectionScore([])).toEqual({ score: null, coverage: 1, scored: 0, applicable: 0 });
  });

  it("leaves zero-weighted criteria out of score and coverage", () => {
    expect(sectionScore([{ value: 0, weight: 0 }, { value: null, weight: 0 }, { value: 2 }])).toEqual({
      score: 50,
      coverage: 1,
      scored: 1,
      applicable: 1,
    });
  });

  it("uses the catalogue's scale max", () => {
    expect(sectionScore([{ value: 3 }, { value: 6 }], 10).score).toBeCloseTo(45, 12);
    expect(() => sectionScore([{ value: 5 }])).toThrow(RangeError);
    expect(() => sectionScore([{ value: 1, weight: -1 }])).toThrow(RangeError);
    expect(() => sectionScore([{ value: 1, weight: Number.NaN }])).toThrow(RangeError);
  });

  it("stays within 0..100 (or null) with coverage within 0..1 (property)", () => {
    fc.assert(
      fc.property(criteria, (cs) => {
        const { score, coverage, scored, applicable } = sectionScore(cs);
        if (score !== null) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        expect(coverage).toBeGreaterThanOrEqual(0);
        expect(coverage).toBeLessThanOrEqual(1);
        expect(scored).toBeLessThanOrEqual(applicable);
        expect(score === null).toBe(scored === 0);
      }),
    );
  });

  it("never drops when one criterion's score rises (property)", () => {
    fc.assert(
      fc.property(
        criteria,
        fc.nat(),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        weight,
        (cs, at, a, b, w) => {
          const [low, high] = a <= b ? [a / 2, b / 2] : [b / 2, a / 2];
          const i = at % (cs.length + 1);
          const before = [...cs.slice(0, i), { value: low, weight: w }, ...cs.slice(i)];
          const after = [...cs.slice(0, i), { value: high, weight: w }, ...cs.slice(i)];
          const [was, is] = [sectionScore(before).score, sectionScore(after).score];
          if (was === null || is === null) expect(is).toBe(was);
          else expect(is).toBeGreaterThanOrEqual(was);
        },
      ),
    );
  });

  it("is unchanged by adding an N/A or unscored criterion of any weight (property)", () => {
    fc.assert(
      fc.property(criteria, fc.nat(), fc.constantFrom("na" as const, null), weight, (cs, at, value, w) => {
        const i = at % (cs.length + 1);
        const extended = [...cs.slice(0, i), { value, weight: w }, ...cs.slice(i)];
        expect(sectionScore(extended).score).toBe(sectionScore(cs).score);
      }),
    );
  });

  it("is unchanged when all weights are multiplied by the same factor (property)", () => {
    fc.assert(
      fc.property(criteria, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (cs, factor) => {
        const scaled = cs.map((c) => ({ ...c, weight: (c.weight ?? 1) * factor }));
        const [a, b] = [sectionScore(cs), sectionScore(scaled)];
        expectClose(b.score, a.score);
        expect(b.coverage).toBe(a.coverage);
      }),
    );
  });
});

describe("overallScore", () => {
  it("is the weighted mean of the section scores, leaving out null and zero-weighted ones", () => {
    expect(
      overallScore([
        { score: 80, weight: 3 },
        { score: 40 },
        { score: null, weight: 5 },
        { score: 0, weight: 0 },
      ]),
    ).toBe(70);
    expect(overallScore([{ score: null }])).toBeNull();
    expect(overallScore([])).toBeNull();
    expect(() => overallScore([{ score: 101 }])).toThrow(RangeError);
  });

  it("stays within 0..100 and ignores a common factor on the weights (property)", () => {
    const section = fc.record({
      score: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 100, noNaN: true })),
      weight,
    });
    fc.assert(
      fc.property(
        fc.array(section, { maxLength: 10 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (ss, factor) => {
          const overall = overallScore(ss);
          if (overall !== null) {
            expect(overall).toBeGreaterThanOrEqual(0);
            expect(overall).toBeLessThanOrEqual(100);
          }
          expectClose(overallScore(ss.map((s) => ({ ...s, weight: s.weight * factor }))), overall);
        },
      ),
    );
  });
});
