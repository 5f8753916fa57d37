import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importOscalCatalog } from "../interop/oscal/import-catalog";
import { ordinalAlpha, type ReliabilityData } from "../scoring";
import { generateDataset, SAMPLE_WORKSPACE_DATASET } from "./dataset";
import { datasetShapeOf } from "./large-catalogue";

// The sample workspace exactly as it is loaded: the seeded OWASP catalogue's sections and the
// options the loader uses. A newcomer judges the product by this data.
const catalogue = importOscalCatalog(
  readFileSync(path.join(process.cwd(), "prisma/catalogues/owasp-iot-framework-2016.oscal.json"), "utf8"),
  "owasp",
);
const shape = datasetShapeOf(catalogue);
const data = generateDataset(shape, SAMPLE_WORKSPACE_DATASET);
const scores = data.flatMap((f) => f.scores);

/**
 * What a rationale's wording commits it to on the 0–4 scale (Absent, Possible, Partial,
 * Supported, Secure by default), written independently of the generator's phrase lists.
 */
const CLAIMS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\bnot offered\b|\babsent\b|\bnot supported\b|\broadmap\b|\bno mechanism\b/i, 0],
  [/\bcustom (work|code)\b|\blow-level\b|\bthemselves\b|\bnothing built in\b/i, 1],
  [/\bpartial(ly)?\b|\bincomplete\b|\bbut not\b/i, 2],
  [/\boff by default\b|\bopt-in\b|\b(must|have to) (enable|switch)\b/i, 3],
  [/\b(secure|on|enabled) by default\b|\bout of the box\b|\bwithout any developer action\b/i, 4],
];
const levelsClaimed = (rationale: string) => CLAIMS.filter(([re]) => re.test(rationale)).map(([, l]) => l);

describe("sample workspace data", () => {
  it("explains every score with a rationale that argues for that value and no other", () => {
    const wrong = scores
      .filter((s) => !s.notApplicable)
      .filter((s) => {
        const claimed = levelsClaimed(s.rationale);
        return claimed.length !== 1 || claimed[0] !== s.value;
      })
      .map((s) => `${s.value}: ${s.rationale}`);
    expect([...new Set(wrong)]).toEqual([]);
    // Every level of the scale is used, each with several phrasings.
    for (let v = 0; v <= 4; v++)
      expect(new Set(scores.filter((s) => s.value === v).map((s) => s.rationale)).size).toBeGreaterThan(10);
  });

  it("keeps N/A's own rationale, without a value or evidence", () => {
    const na = scores.filter((s) => s.notApplicable);
    expect(na.length).toBeGreaterThan(0);
    for (const s of na) {
      expect(s).toMatchObject({ value: null, evidence: [] });
      expect(s.rationale).toMatch(/scope/);
    }
  });

  it("grades evidence to fit: a high score rarely rests on a vendor claim alone", () => {
    const claimShare = (min: number) => {
      const graded = scores.filter((s) => s.value !== null && s.value >= min);
      return graded.filter((s) => s.evidence.every((e) => e.grade === "vendor_claim")).length / graded.length;
    };
    expect(claimShare(4)).toBeLessThan(0.07);
    expect(claimShare(3)).toBeLessThan(0.1);
    // The sentence about the source matches the grade.
    for (const s of scores.filter((x) => !x.notApplicable)) {
      const grade = s.evidence[0].grade;
      if (grade === "vendor_claim") expect(s.rationale).toMatch(/vendor's (product sheet|questionnaire)/);
      if (grade === "tested") expect(s.rationale).toMatch(/test device|our lab/);
      if (grade === "code_reviewed") expect(s.rationale).toMatch(/code/);
    }
  });

  it("agrees like a real panel: mostly reliable, a few sections to discuss, one or two contested", () => {
    // As the evaluation page computes it: a section's criteria × the reviewers who submitted it.
    const alphas = data.flatMap((f) =>
      shape.sections
        .filter((s) => f.submitted.includes(s.key))
        .map((s) => {
          const rows: ReliabilityData = s.criteria.map((c) =>
            f.scores.filter((x) => x.criterionKey === c).map((x) => (x.notApplicable ? "na" : x.value)),
          );
          return ordinalAlpha(rows)!;
        }),
    );
    expect(alphas.length).toBeGreaterThan(60);
    const reliable = alphas.filter((a) => a >= 0.667).length;
    const contested = alphas.filter((a) => a < 0.4).length;
    const discussed = alphas.length - reliable - contested;
    expect(reliable / alphas.length).toBeGreaterThanOrEqual(0.8);
    expect(discussed).toBeGreaterThanOrEqual(3);
    expect(discussed).toBeLessThanOrEqual(12);
    expect(contested).toBeGreaterThanOrEqual(1);
    expect(contested).toBeLessThanOrEqual(2);
  });
});
