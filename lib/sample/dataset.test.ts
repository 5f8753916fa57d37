import { describe, expect, it } from "vitest";
import { ordinalAlpha, type ScoreValue } from "../scoring";
import { generateDataset } from "./dataset";

const shape = {
  max: 4,
  sections: [
    { key: "EDGE", criteria: Array.from({ length: 26 }, (_, i) => `EDGE-${i + 1}`) },
    { key: "CLOUD", criteria: Array.from({ length: 16 }, (_, i) => `CLOUD-${i + 1}`) },
  ],
};

describe("sample dataset", () => {
  it("is deterministic for a seed and differs for another", () => {
    const a = generateDataset(shape, { seed: 7, frameworks: 5, reviewers: 3 });
    expect(generateDataset(shape, { seed: 7, frameworks: 5, reviewers: 3 })).toEqual(a);
    expect(generateDataset(shape, { seed: 8, frameworks: 5, reviewers: 3 })).not.toEqual(a);
  });

  it("scores every criterion once per reviewer, on the scale, with N/A always explained", () => {
    const data = generateDataset(shape, { seed: 1, frameworks: 20, reviewers: 3 });
    expect(data).toHaveLength(20);
    for (const f of data) {
      expect(f.scores).toHaveLength(42 * 3);
      for (const s of f.scores) {
        if (s.notApplicable) expect(s.value === null && s.rationale.length > 0).toBe(true);
        else expect(s.value! >= 0 && s.value! <= 4 && Number.isInteger(s.value)).toBe(true);
      }
    }
    expect(new Set(data.map((f) => f.status))).toEqual(new Set(["draft", "in_review", "final"]));
  });

  it("varies agreement by section: most reliable, a rare one contested", () => {
    const alphas = generateDataset(shape, { seed: 3, frameworks: 20, reviewers: 3 }).flatMap((f) =>
      shape.sections.map((section) => {
        const units = new Map<string, ScoreValue[]>();
        for (const s of f.scores.filter((x) => x.sectionKey === section.key))
          units.set(s.criterionKey, [...(units.get(s.criterionKey) ?? []), s.notApplicable ? "na" : s.value]);
        return ordinalAlpha([...units.values()])!;
      }),
    );
    expect(alphas.filter((a) => a >= 0.667).length / alphas.length).toBeGreaterThan(0.75);
    expect(Math.max(...alphas)).toBeGreaterThan(0.9);
    expect(Math.min(...alphas)).toBeLessThan(0.4);
  });
});
