import { describe, expect, it } from "vitest";
import { sampleData, sampleVendor } from "../export/sample.fixture";
import { crosswalkLayout, crosswalkSnapshot, crosswalkTab, shortTitle } from "./crosswalk-view";
import type { CrosswalkShape } from "./readiness";

// sampleVendor: EDGE-01 = 3, EDGE-02 N/A, EDGE-03 unscored, GW blind to the reader, CLOUD out of scope.
const set = (slug: string, title = `${slug.toUpperCase()}: long title`): CrosswalkShape => ({
  slug: `owasp-to-${slug}`,
  version: "1",
  title: `OWASP → ${slug}`,
  notCovered: [{ key: "T4", reason: "a manufacturer duty" }],
  target: {
    slug,
    version: "1",
    title,
    sections: [
      { key: "P1", title: "Part I", criteria: ["T1", "T2"].map((key) => ({ key, title: `title ${key}` })) },
      { key: "P2", title: "Part II", criteria: ["T3", "T4"].map((key) => ({ key, title: `title ${key}` })) },
    ],
  },
  links: [
    { sourceKey: "EDGE-01", targetKey: "T1", relationship: "equivalent" },
    { sourceKey: "GW-01", targetKey: "T2", relationship: "subset" },
    { sourceKey: "EDGE-01", targetKey: "T3", relationship: "intersects" },
  ],
});
const DISCLAIMER = "not a conformity assessment";
const A = "0190c6a0-0000-7000-8000-000000000001";
const B = "0190c6a0-0000-7000-8000-000000000002";

function data() {
  const strong = sampleVendor(B, "Strong");
  strong.cells["EDGE-01"] = { ...strong.cells["EDGE-01"], value: 4 };
  return sampleData([sampleVendor(A), strong]);
}

describe("the Regulations tab's view model", () => {
  it("shows the first mapped target by default, one choice per target, with short titles", () => {
    const tab = crosswalkTab(data(), [set("cra"), set("cra", "older"), set("etsi")], "", DISCLAIMER);
    expect(tab.state).toBe("shown");
    expect(tab.targets).toEqual([
      { slug: "cra", title: "CRA: long title", short: "CRA" },
      { slug: "etsi", title: "ETSI: long title", short: "ETSI" },
    ]);
    if (tab.state !== "shown") throw new Error();
    expect(tab.chosen).toBe("cra");
    expect(crosswalkTab(data(), [set("cra"), set("etsi")], "etsi", DISCLAIMER)).toMatchObject({
      chosen: "etsi",
    });
  });

  it("explains an unknown target and the absence of any crosswalk instead of failing", () => {
    const unknown = crosswalkTab(data(), [set("cra")], "iso-27001", DISCLAIMER);
    expect(unknown).toMatchObject({ state: "unknown", targets: [{ slug: "cra" }] });
    expect(unknown.state === "unknown" && unknown.message).toMatch(/to “iso-27001”/);
    const none = crosswalkTab(data(), [], "", DISCLAIMER);
    expect(none).toMatchObject({ state: "none", targets: [] });
    expect(none.state === "none" && none.message).toMatch(/No mapping set links/);
  });

  it("freezes the projection, the sections and the unlinked requirements with their reasons", () => {
    const snap = crosswalkSnapshot(data(), set("cra"), DISCLAIMER);
    expect(snap.disclaimer).toBe(DISCLAIMER);
    expect(Object.keys(snap.labels)).toEqual([A, B]);
    expect(snap.sections.map((s) => s.key)).toEqual(["P1", "P2"]);
    expect(snap.notInCatalogue).toEqual([{ key: "T4", title: "title T4", reason: "a manufacturer duty" }]);
    const [a, b] = snap.readiness.vendors;
    expect(a.cells.T1).toEqual({ readiness: 75, coverage: "full" });
    // GW is blind to the reader: counted as unscored, never as its hidden value.
    expect(a.cells.T2).toEqual({ readiness: null, coverage: "not_assessed" });
    expect(b.cells.T3).toEqual({ readiness: 100, coverage: "partial" });
    expect(snap.readiness.ranking).toEqual([B, A]);
  });

  it("lays out ranking, columns and grouped rows without the hidden vendors or unlinked requirements", () => {
    const snap = crosswalkSnapshot(data(), set("cra"), DISCLAIMER);
    const all = crosswalkLayout(snap, []);
    expect(all.ranked.map((v) => v.evaluationId)).toEqual([B, A]);
    expect(all.columns.map((v) => v.evaluationId)).toEqual([A, B]);
    expect(all.groups.map((g) => [g.key, g.requirements.map((r) => r.key)])).toEqual([
      ["P1", ["T1", "T2"]],
      ["P2", ["T3"]],
    ]);
    expect(all.rows).toBe(3);
    const some = crosswalkLayout(snap, [B]);
    expect(some.ranked.map((v) => v.evaluationId)).toEqual([A]);
    expect(some.columns.map((v) => v.evaluationId)).toEqual([A]);
    expect(some.hiddenCount).toBe(1);
  });

  it("shortens a title at its colon", () => {
    expect(shortTitle("NIST IR 8425: Profile of the IoT Core Baseline")).toBe("NIST IR 8425");
    expect(shortTitle("Plain")).toBe("Plain");
  });
});
