import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type ConsensusByCriterion } from "./evaluate";
import { owaspShape } from "./owasp-shape.fixture";
import {
  CLOUD_ONLY_PROFILE,
  CONSUMER_DEVICE_PROFILE,
  EQUAL_WEIGHTS_PROFILE,
  type WeightProfile,
} from "./profiles";
import type { CatalogueShape, ConsensusValue } from "./types";

const EPSILON = 1e-9;

function byCriterion(values: Record<string, ConsensusValue>): ConsensusByCriterion {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { value }]));
}

function profile(parts: Partial<WeightProfile>): WeightProfile {
  return { id: "custom", name: "Custom", sectionWeights: {}, criterionWeights: {}, knockouts: [], ...parts };
}

const small: CatalogueShape = {
  sections: [
    { key: "A", criterionKeys: ["A-1", "A-2", "A-3"] },
    { key: "B", criterionKeys: ["B-1", "B-2"] },
    { key: "C", criterionKeys: ["C-1"], inScope: false },
  ],
};

describe("evaluate", () => {
  it("scores sections, the overall and coverage under a profile", () => {
    const result = evaluate(
      small,
      byCriterion({ "A-1": 4, "A-2": 2, "A-3": "na", "B-1": 1, "C-1": 0 }),
      profile({ sectionWeights: { A: 3 }, criterionWeights: { "A-1": 3 } }),
    );
    expect(result.sections).toEqual([
      { key: "A", weight: 3, score: ((3 * 4 + 2) / (4 * 4)) * 100, coverage: 1, scored: 2, applicable: 2 },
      { key: "B", weight: 1, score: 25, coverage: 0.5, scored: 1, applicable: 2 },
    ]);
    expect(result.overall).toBeCloseTo((3 * 87.5 + 25) / 4, 12);
    expect(result).toMatchObject({
      coverage: 3 / 4,
      scored: 3,
      applicable: 4,
      knockouts: [],
      disqualified: false,
    });
  });

  it("has no overall score when nothing is scored, and full coverage when nothing applies", () => {
    expect(evaluate(small, {}, EQUAL_WEIGHTS_PROFILE)).toMatchObject({
      overall: null,
      coverage: 0,
      scored: 0,
      applicable: 5,
    });
    const allNa = byCriterion({ "A-1": "na", "A-2": "na", "A-3": "na", "B-1": "na", "B-2": "na" });
    expect(evaluate(small, allNa, EQUAL_WEIGHTS_PROFILE)).toMatchObject({
      overall: null,
      coverage: 1,
      applicable: 0,
    });
  });

  it("leaves a section the profile weighs 0 out of the overall score and coverage", () => {
    const result = evaluate(owaspShape(), byCriterion({ "CLOUD-01": 4, "EDGE-01": 0 }), CLOUD_ONLY_PROFILE);
    expect(result.sections.find((s) => s.key === "EDGE")).toMatchObject({ weight: 0, score: 0, scored: 1 });
    expect(result.overall).toBe(100);
    expect(result.applicable).toBe(16 + 8);
  });

  it("reports knock-outs as pass, fail or unknown and disqualifies on a failure", () => {
    const shape = owaspShape(["EDGE", "CLOUD", "MOBILE"]);
    const result = evaluate(
      shape,
      byCriterion({ "EDGE-07": 2, "EDGE-05": "na", "MOBILE-06": 3 }),
      CONSUMER_DEVICE_PROFILE,
    );
    expect(result.knockouts).toEqual([
      { criterionKey: "EDGE-07", threshold: 3, value: 2, status: "fail" },
      { criterionKey: "EDGE-05", threshold: 3, value: "na", status: "unknown" },
      { criterionKey: "MOBILE-06", threshold: 3, value: 3, status: "pass" },
    ]);
    expect(result.disqualified).toBe(true);

    const cleared = evaluate(shape, byCriterion({ "EDGE-07": 4, "EDGE-05": 3.5 }), CONSUMER_DEVICE_PROFILE);
    expect(cleared.knockouts.map((k) => k.status)).toEqual(["pass", "pass", "unknown"]);
    expect(cleared.disqualified).toBe(false);
  });

  it("treats a knock-out in an out-of-scope section as unknown", () => {
    const result = evaluate(owaspShape(["CLOUD"]), byCriterion({ "EDGE-07": 0 }), CONSUMER_DEVICE_PROFILE);
    expect(result.knockouts[0]).toMatchObject({ criterionKey: "EDGE-07", value: null, status: "unknown" });
    expect(result.disqualified).toBe(false);
  });

  it("rejects negative weights, off-scale values and thresholds", () => {
    expect(() => evaluate(small, {}, profile({ sectionWeights: { A: -1 } }))).toThrow(/section weight of A/);
    expect(() => evaluate(small, byCriterion({ "A-1": 5 }), EQUAL_WEIGHTS_PROFILE)).toThrow(RangeError);
    expect(() =>
      evaluate(small, {}, profile({ knockouts: [{ criterionKey: "A-1", threshold: 5 }] })),
    ).toThrow(RangeError);
  });
});

describe("evaluate (properties)", () => {
  const keys = small.sections.flatMap((s) => s.criterionKeys);
  const value = fc.oneof(
    fc.integer({ min: 0, max: 8 }).map((h) => h / 2),
    fc.constant("na" as const),
    fc.constant(null),
  );
  const weight = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 20, noNaN: true }));
  const values = fc.record(
    Object.fromEntries(keys.map((k) => [k, value])) as Record<string, fc.Arbitrary<ConsensusValue>>,
  );
  const weights = fc.record({
    sectionWeights: fc.record({ A: weight, B: weight }),
    criterionWeights: fc.record(
      Object.fromEntries(keys.map((k) => [k, weight])) as Record<string, fc.Arbitrary<number>>,
    ),
  });

  it("keeps every score within 0..100 (or null) and coverage within 0..1", () => {
    fc.assert(
      fc.property(values, weights, (vs, ws) => {
        const result = evaluate(small, byCriterion(vs), profile(ws));
        for (const s of [result, ...result.sections]) {
          expect(s.coverage).toBeGreaterThanOrEqual(0);
          expect(s.coverage).toBeLessThanOrEqual(1);
        }
        for (const score of [result.overall, ...result.sections.map((s) => s.score)]) {
          if (score !== null) expect(score >= 0 && score <= 100).toBe(true);
        }
      }),
    );
  });

  it("is unchanged when all criterion and all section weights are scaled by positive factors", () => {
    fc.assert(
      fc.property(
        values,
        weights,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (vs, ws, f, g) => {
          const scale = (r: Record<string, number>, k: number) =>
            Object.fromEntries(Object.entries(r).map(([key, w]) => [key, w * k]));
          const a = evaluate(small, byCriterion(vs), profile(ws));
          const b = evaluate(
            small,
            byCriterion(vs),
            profile({
              sectionWeights: scale(ws.sectionWeights, f),
              criterionWeights: scale(ws.criterionWeights, g),
            }),
          );
          for (const [x, y] of [
            [a.overall, b.overall],
            ...a.sections.map((s, i) => [s.score, b.sections[i].score]),
          ]) {
            if (x === null || y === null) expect(y).toBe(x);
            else expect(Math.abs(x - y)).toBeLessThan(EPSILON);
          }
          expect(b.coverage).toBe(a.coverage);
        },
      ),
    );
  });

  it("is unchanged by an extra N/A or unscored criterion of any weight", () => {
    fc.assert(
      fc.property(
        values,
        weights,
        fc.constantFrom("na" as const, null),
        weight,
        fc.constantFrom("A", "B"),
        (vs, ws, extraValue, extraWeight, section) => {
          const extended: CatalogueShape = {
            sections: small.sections.map((s) =>
              s.key === section ? { ...s, criterionKeys: [...s.criterionKeys, "X-1"] } : s,
            ),
          };
          const before = evaluate(small, byCriterion(vs), profile(ws));
          const after = evaluate(
            extended,
            byCriterion({ ...vs, "X-1": extraValue }),
            profile({ ...ws, criterionWeights: { ...ws.criterionWeights, "X-1": extraWeight } }),
          );
          expect(after.overall).toBe(before.overall);
          expect(after.sections.map((s) => s.score)).toEqual(before.sections.map((s) => s.score));
        },
      ),
    );
  });
});
