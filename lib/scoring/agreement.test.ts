import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alphaLabel, krippendorffAlpha, ordinalAlpha, type ReliabilityData } from "./agreement";

const _ = null;

/*
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: 4 coders,
 * 12 units, values 1–5 with missing data. Published: nominal .743, ordinal .815,
 * interval .849, ratio .797. Unit 12 holds a single value and is not pairable.
 */
const CODERS = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
const PAPER: ReliabilityData = CODERS[0].map((_, unit) => CODERS.map((coder) => coder[unit]));

describe("krippendorffAlpha", () => {
  it("reproduces the published values of Krippendorff's 2011 example", () => {
    expect(krippendorffAlpha(PAPER, "nominal")).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(PAPER, "ordinal")).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(PAPER, "interval")).toBeCloseTo(0.849, 3);
    expect(krippendorffAlpha(PAPER, "ratio")).toBeCloseTo(0.797, 3);
    // Exactly, from the paper's coincidence matrix: n = 40, marginals 9/13/10/5/3, 8 off the
    // diagonal, so nominal α = 1 − (n − 1)·8 / (n² − Σ n_c²).
    expect(krippendorffAlpha(PAPER, "nominal")).toBeCloseTo(1 - (39 * 8) / (1600 - 384), 12);
    expect(ordinalAlpha(PAPER)).toBe(krippendorffAlpha(PAPER));
  });

  it("treats N/A and missing cells alike and ignores unpairable units", () => {
    const withNa = PAPER.map((row) => row.map((v) => (v === null ? "na" : v)));
    expect(krippendorffAlpha(withNa)).toBe(krippendorffAlpha(PAPER));
    const withExtraSingles = [...PAPER, [4, _, _, _], [undefined, 2], []];
    expect(krippendorffAlpha(withExtraSingles)).toBe(krippendorffAlpha(PAPER));
  });

  it("is null for a single reviewer and for data without variation", () => {
    expect(krippendorffAlpha([[1], [3], [4]])).toBeNull();
    expect(
      krippendorffAlpha([
        [1, _],
        [_, 3],
      ]),
    ).toBeNull();
    expect(
      krippendorffAlpha([
        [2, 2],
        [2, 2, 2],
      ]),
    ).toBeNull();
    expect(krippendorffAlpha([])).toBeNull();
  });

  it("is below zero for systematic disagreement", () => {
    expect(
      krippendorffAlpha(
        [
          [0, 4],
          [4, 0],
          [0, 4],
        ],
        "interval",
      )!,
    ).toBeLessThan(0);
  });

  it("is 1 whenever reviewers agree on data with variation (property)", () => {
    const unit = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 2, max: 5 }));
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 1, maxLength: 20 }),
        fc.constantFrom("nominal", "ordinal", "interval", "ratio" as const),
        (units, metric) => {
          const data = units.map(([value, reviewers]) => Array<number>(reviewers).fill(value));
          const varies = new Set(units.map(([value]) => value)).size > 1;
          expect(krippendorffAlpha(data, metric)).toBe(varies ? 1 : null);
        },
      ),
    );
  });

  it("does not depend on the order of units or of reviewers within a unit (property)", () => {
    const cell = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(null), fc.constant("na" as const));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 15 }), (data) => {
        const shuffled = [...data].reverse().map((row) => [...row].reverse());
        const [a, b] = [krippendorffAlpha(data), krippendorffAlpha(shuffled)];
        if (a === null || b === null) expect(b).toBe(a);
        else expect(Math.abs(a - b)).toBeLessThan(1e-9);
      }),
    );
  });
});

describe("alphaLabel", () => {
  it("follows Krippendorff's 0.800 / 0.667 thresholds", () => {
    expect(alphaLabel(1)).toBe("reliable agreement");
    expect(alphaLabel(0.8)).toBe("reliable agreement");
    expect(alphaLabel(0.799)).toBe("tentative agreement");
    expect(alphaLabel(0.667)).toBe("tentative agreement");
    expect(alphaLabel(0.5)).toBe("weak agreement");
    expect(alphaLabel(0.39)).toBe("little agreement");
    expect(alphaLabel(-0.2)).toBe("little agreement");
    expect(alphaLabel(null)).toBe("not enough data");
  });
});
