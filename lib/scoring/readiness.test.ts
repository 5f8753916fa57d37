import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogueReadiness, RELATIONSHIPS, requirementReadiness, type Relationship } from "./readiness";
import type { ConsensusValue } from "./types";

const SOURCES = ["A1", "A2", "A3", "B1", "B2", "C1"];
const TARGETS = ["T1", "T2", "T3", "T4"];
const link = (sourceKey: string, targetKey: string, relationship: Relationship = "intersects") => ({
  sourceKey,
  targetKey,
  relationship,
});

const arbLinks = fc.array(
  fc.record({
    sourceKey: fc.constantFrom(...SOURCES),
    targetKey: fc.constantFrom(...TARGETS),
    relationship: fc.constantFrom(...RELATIONSHIPS),
  }),
  { maxLength: 14 },
);
const arbValue: fc.Arbitrary<ConsensusValue> = fc.oneof(
  fc.integer({ min: 0, max: 4 }),
  fc.integer({ min: 0, max: 8 }).map((n) => n / 2),
  fc.constant("na" as const),
  fc.constant(null),
);
const arbConsensus = fc
  .array(arbValue, { minLength: SOURCES.length, maxLength: SOURCES.length })
  .map((vs) => new Map(SOURCES.map((k, i) => [k, vs[i]])));

describe("requirementReadiness", () => {
  it("is Σ c / (n × 4) × 100 over the applicable, scored criteria", () => {
    const links = [link("A1", "T1", "subset"), link("A2", "T1"), link("A3", "T1"), link("B1", "T1")];
    const consensus = new Map<string, ConsensusValue>([
      ["A1", 4],
      ["A2", 1],
      ["A3", "na"],
    ]);
    const r = requirementReadiness("T1", links, consensus);
    expect(r.readiness).toBe(62.5);
    expect(r.coverage).toBe("partial");
    expect(r.notApplicable).toEqual(["A3"]);
    expect(r.unscored).toEqual(["B1"]);
    expect(r.contributing.map((c) => c.sourceKey)).toEqual(["A1", "A2"]);
  });

  it("is full when a contributing link is equivalent or superset, and not when that criterion is N/A", () => {
    const links = [link("A1", "T1", "superset"), link("A2", "T1", "subset")];
    expect(
      requirementReadiness(
        "T1",
        links,
        new Map([
          ["A1", 2],
          ["A2", 2],
        ]),
      ).coverage,
    ).toBe("full");
    expect(
      requirementReadiness(
        "T1",
        links,
        new Map<string, ConsensusValue>([
          ["A1", "na"],
          ["A2", 2],
        ]),
      ).coverage,
    ).toBe("partial");
  });

  it("tells a requirement no criterion speaks to from one whose criteria are not scored", () => {
    const links = [link("A1", "T1", "equivalent")];
    const none = requirementReadiness("T2", links, new Map([["A1", 3]]));
    expect(none).toMatchObject({ readiness: null, coverage: "not_in_catalogue" });
    const blind = requirementReadiness("T1", links, new Map());
    expect(blind).toMatchObject({ readiness: null, coverage: "not_assessed", unscored: ["A1"] });
    const na = requirementReadiness("T1", links, new Map([["A1", "na"]]));
    expect(na).toMatchObject({ readiness: null, coverage: "not_assessed", notApplicable: ["A1"] });
  });

  it("counts a criterion linked twice once", () => {
    const links = [link("A1", "T1", "subset"), link("A1", "T1", "intersects"), link("A2", "T1")];
    expect(
      requirementReadiness(
        "T1",
        links,
        new Map([
          ["A1", 4],
          ["A2", 0],
        ]),
      ).readiness,
    ).toBe(50);
  });
});

describe("readiness properties", () => {
  it("stays within 0–100, or null exactly when nothing contributes", () => {
    fc.assert(
      fc.property(arbLinks, arbConsensus, (links, consensus) => {
        for (const r of catalogueReadiness(TARGETS, links, consensus).requirements) {
          if (r.readiness === null) expect(r.contributing).toHaveLength(0);
          else {
            expect(r.readiness).toBeGreaterThanOrEqual(0);
            expect(r.readiness).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it("never changes when a criterion with no link changes (or is hidden)", () => {
    fc.assert(
      fc.property(arbLinks, arbConsensus, arbValue, (links, consensus, other) => {
        const linked = new Set(links.map((l) => l.sourceKey));
        const loose = SOURCES.find((k) => !linked.has(k));
        if (!loose) return;
        const changed = new Map(consensus).set(loose, other);
        expect(catalogueReadiness(TARGETS, links, changed)).toEqual(
          catalogueReadiness(TARGETS, links, consensus),
        );
      }),
    );
  });

  it("never turns full into partial when an equivalent link is added", () => {
    fc.assert(
      fc.property(
        arbLinks,
        arbConsensus,
        fc.constantFrom(...SOURCES),
        fc.constantFrom(...TARGETS),
        (links, consensus, s, t) => {
          const before = catalogueReadiness(TARGETS, links, consensus).requirements;
          const after = catalogueReadiness(
            TARGETS,
            [...links, link(s, t, "equivalent")],
            consensus,
          ).requirements;
          before.forEach((r, i) => {
            if (r.coverage === "full") expect(after[i].coverage).toBe("full");
          });
        },
      ),
    );
  });

  it("treats N/A as not counting: marking a contributing criterion N/A removes it from the mean", () => {
    fc.assert(
      fc.property(arbLinks, arbConsensus, fc.constantFrom(...SOURCES), (links, consensus, key) => {
        const na = new Map(consensus).set(key, "na");
        for (const r of catalogueReadiness(TARGETS, links, na).requirements) {
          expect(r.contributing.some((c) => c.sourceKey === key)).toBe(false);
        }
      }),
    );
  });

  it("gives the catalogue the mean of its assessed requirements and counts every coverage once", () => {
    fc.assert(
      fc.property(arbLinks, arbConsensus, (links, consensus) => {
        const c = catalogueReadiness(TARGETS, links, consensus);
        expect(c.full + c.partial + c.notAssessed + c.notInCatalogue).toBe(TARGETS.length);
        const assessed = c.requirements.filter((r) => r.readiness !== null);
        if (!assessed.length) expect(c.readiness).toBeNull();
        else
          expect(c.readiness).toBeCloseTo(
            assessed.reduce((a, r) => a + r.readiness!, 0) / assessed.length,
            9,
          );
      }),
    );
  });
});
