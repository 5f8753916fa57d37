import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { WeightProfile } from "./profiles";
import { compareRank, rankVendors, type RankedVendor, type VendorInput } from "./ranking";
import { overallScore } from "./section-score";
import { sensitivity } from "./sensitivity";
import { order, profile, shape, vendor } from "./sensitivity.fixture";

// Properties: the answers checked against a brute-force search over random vendors and profiles.
describe("sensitivity (properties)", () => {
  const keys = ["S1-1", "S1-2", "S2-1", "S2-2"];
  const value = fc.oneof(
    fc.integer({ min: 0, max: 8 }).map((h) => h / 2),
    fc.constant("na" as const),
    fc.constant(null),
  );
  const vendorArb = fc.record({
    name: fc.constantFrom("Acme", "Bolt"), // shared names make the id break ties
    values: fc.tuple(value, value, value, value),
    inScope: fc.tuple(fc.constantFrom(true, true, false), fc.constantFrom(true, true, false)),
  });
  const vendorsArb = fc.array(vendorArb, { minLength: 2, maxLength: 3 }).map((vs) =>
    vs.map((v, i): VendorInput => ({
      ...vendor(v.name, v.values),
      id: `v${i}`,
      shape: { max: 4, sections: shape.sections.map((s, j) => ({ ...s, inScope: v.inScope[j] })) },
    })),
  );
  const profileArb = fc
    .record({
      sectionWeights: fc.record({
        S1: fc.constantFrom(0, 0.5, 1, 2, 3),
        S2: fc.constantFrom(0, 0.5, 1, 2, 3),
      }),
      criterionWeights: fc.record(
        Object.fromEntries(keys.map((k) => [k, fc.constantFrom(0, 1, 2)])) as Record<
          string,
          fc.Arbitrary<number>
        >,
      ),
      knockouts: fc.array(
        fc.record({ criterionKey: fc.constantFrom(...keys), threshold: fc.integer({ min: 1, max: 4 }) }),
        { maxLength: 1 },
      ),
    })
    .map(profile);

  const runnerUpAhead = (vendors: VendorInput[], p: WeightProfile, leaderId: string, runnerUpId: string) => {
    const ids = order(vendors, p);
    return ids.indexOf(runnerUpId) < ids.indexOf(leaderId);
  };

  it("reports the first smallest score change that swaps, found by trying every change", () => {
    fc.assert(
      fc.property(vendorsArb, profileArb, (vendors, p) => {
        const s = sensitivity(vendors, p, [])!;
        const swaps = [];
        for (const [id, lowering] of [
          [s.leaderId, true],
          [s.runnerUpId, false],
        ] as const) {
          const v = vendors.find((x) => x.id === id)!;
          for (const key of v.shape.sections.filter((x) => x.inScope).flatMap((x) => x.criterionKeys)) {
            const from = v.consensus[key];
            if (typeof from !== "number") continue;
            for (let to = 0; to <= 4; to++) {
              if (lowering ? to >= from : to <= from) continue;
              const changed = vendors.map((x) =>
                x.id === id ? { ...x, consensus: { ...x.consensus, [key]: to } } : x,
              );
              if (runnerUpAhead(changed, p, s.leaderId, s.runnerUpId))
                swaps.push({ vendorId: id, criterionKey: key, from, to, delta: Math.abs(to - from) });
            }
          }
        }
        const smallest = Math.min(...swaps.map((x) => x.delta));
        expect(s.scoreSwap).toEqual(swaps.find((x) => x.delta === smallest) ?? null);
      }),
    );
  });

  it("reports a weight at which the swap holds, and no grid weight nearer to the current one swaps", () => {
    fc.assert(
      fc.property(vendorsArb, profileArb, (vendors, p) => {
        const s = sensitivity(vendors, p, [])!;
        const withWeight = (key: string, w: number) =>
          profile({ ...p, sectionWeights: { ...p.sectionWeights, [key]: w } });
        const swap = s.weightSwap;
        const reach = swap === null ? Infinity : Math.abs(swap.to - swap.from) - 1e-9;
        if (swap !== null) {
          expect(Math.round(swap.to * 100) / 100).toBe(swap.to);
          expect(swap.to >= 0 && swap.to <= 100).toBe(true);
          expect(runnerUpAhead(vendors, withWeight(swap.sectionKey, swap.to), s.leaderId, s.runnerUpId)).toBe(
            true,
          );
        }
        // Every grid weight strictly nearer than the reported one (all of them when none was).
        // A section weight cannot move section scores or knock-outs, so re-weighting evaluate()'s
        // sections is re-ranking, 10,001 times per section at a fraction of the cost.
        const [lead, run] = [s.leaderId, s.runnerUpId].map((id) =>
          rankVendors(vendors, p).find((r) => r.id === id)!,
        );
        const at = (r: RankedVendor, key: string, w: number) => ({
          ...r,
          overall: overallScore(
            r.result.sections.map((x) => ({ score: x.score, weight: x.key === key ? w : x.weight })),
          ),
        });
        const scoped = new Set([lead, run].flatMap((r) => r.result.sections.map((x) => x.key)));
        const nearerSwaps: Array<[string, number]> = [];
        for (const key of scoped) {
          const from = p.sectionWeights[key];
          for (let n = 0; n <= 10_000; n++) {
            const w = n / 100;
            if (Math.abs(w - from) < reach && compareRank(at(run, key, w), at(lead, key, w)) < 0)
              nearerSwaps.push([key, w]);
          }
        }
        expect(nearerSwaps).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
