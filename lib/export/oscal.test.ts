import { describe, expect, it } from "vitest";
import { evaluationJson } from "./json";
import { evaluationOscal, OSCAL_VERSION, type OscalFinding, type OscalObservation } from "./oscal";
import { sampleInput } from "./sample.fixture";
import { uuidV5 } from "./uuid-v5";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("OSCAL assessment-results", () => {
  it("has the required top-level shape", () => {
    const doc = evaluationOscal(sampleInput())["assessment-results"];
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(["uuid", "metadata", "import-ap", "results"]));
    expect(doc.metadata).toMatchObject({
      title: expect.any(String),
      "last-modified": "2026-03-01T12:00:00.000Z",
      version: expect.any(String),
      "oscal-version": OSCAL_VERSION,
    });
    expect(doc["import-ap"].href).toMatch(/^urn:/);
    expect(doc.results).toHaveLength(1);
    expect(doc.results[0]).toMatchObject({
      uuid: expect.stringMatching(UUID),
      title: expect.any(String),
      description: expect.any(String),
      start: expect.any(String),
      "reviewed-controls": expect.any(Object),
    });
  });

  it("has one finding per scored criterion, none for blind, unscored or out-of-scope ones", () => {
    const result = evaluationOscal(sampleInput())["assessment-results"].results[0] as {
      findings: OscalFinding[];
      observations: OscalObservation[];
    };
    expect(result.findings.map((f) => f.target["target-id"])).toEqual(["EDGE-01", "EDGE-02"]);
    const [edge01, edge02] = result.findings;
    expect(edge01.target).toEqual({
      type: "objective-id",
      "target-id": "EDGE-01",
      status: { state: "satisfied" },
    });
    expect(edge01.props).toContainEqual(expect.objectContaining({ name: "consensus", value: "3" }));
    expect(edge02.target.status).toEqual({ state: "satisfied", reason: "other" });
    expect(edge02.props).toContainEqual(expect.objectContaining({ name: "not-applicable", value: "true" }));
    expect(result.observations).toHaveLength(3);
    expect(JSON.stringify(result)).not.toContain('"props":[]');
    expect(edge01["related-observations"]).toHaveLength(2);
    expect(result.observations[1]).toMatchObject({
      methods: ["TEST"],
      "relevant-evidence": [{ href: "https://docs.example/a" }],
    });
    expect(JSON.stringify(result)).not.toContain("GW-01");
  });

  it("maps a consensus below 3 (of 4) to not-satisfied", () => {
    const input = sampleInput();
    input.data.vendors[0].cells["EDGE-01"].value = 2.5;
    const result = evaluationOscal(input)["assessment-results"].results[0] as { findings: OscalFinding[] };
    expect(result.findings[0].target.status.state).toBe("not-satisfied");
  });

  it("is reproducible: deterministic v5 uuids, unique within the document", () => {
    const a = JSON.stringify(evaluationOscal(sampleInput()));
    const input = sampleInput();
    input.data.vendors[0].cells["EDGE-01"].reviews.reverse(); // database order must not matter
    expect(JSON.stringify(evaluationOscal(input))).toBe(a);
    const refs = [...a.matchAll(/"(?:observation-)?uuid":"([^"]+)"/g)].map((m) => m[1]);
    expect(refs.every((u) => UUID.test(u))).toBe(true);
    const own = [...a.matchAll(/"uuid":"([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(own).size).toBe(own.length);
  });

  it("computes RFC 9562 v5 uuids", () => {
    // The RFC's DNS-namespace example value.
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
  });
});

describe("evaluation JSON", () => {
  it("is versioned and complete for visible sections, empty for blind ones", () => {
    const doc = evaluationJson(sampleInput());
    expect(doc).toMatchObject({ format: "scorecard-evaluation", version: 1, profile: { id: "equal" } });
    const [edge, gw, cloud] = doc.sections;
    expect(edge.criteria[1]).toMatchObject({
      key: "EDGE-02",
      agreed: { value: "na", reason: "@not relevant" },
      reviews: [expect.objectContaining({ reviewer: "Alan" })],
    });
    expect(edge.criteria[0].consensus).toMatchObject({ value: 3, disagreement: true });
    expect(gw).toMatchObject({
      hidden: true,
      criteria: [{ key: "GW-01", state: "blind", consensus: null, agreed: null, reviews: [] }],
    });
    expect(cloud).toMatchObject({ inScope: false, criteria: [{ state: "out_of_scope" }] });
  });
});
