import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { errorOf } from "../../testing/app-error-of";
import { importOscalCatalog } from "./import-catalog";

const OWASP_FILE = path.join(process.cwd(), "prisma/catalogues/owasp-iot-framework-2016.oscal.json");
const owaspText = readFileSync(OWASP_FILE, "utf8");
const FIXTURES = path.join(process.cwd(), "../shared/fixtures/oscal");

describe("importOscalCatalog: the OWASP catalogue", () => {
  const catalogue = importOscalCatalog(owaspText, "owasp.json");

  it("has the four sections with 26/8/16/8 = 58 criteria and stable keys", () => {
    expect(catalogue.sections.map((s) => [s.key, s.title, s.criteria.length])).toEqual([
      ["EDGE", "Edge", 26],
      ["GW", "Gateway", 8],
      ["CLOUD", "Cloud Platform", 16],
      ["MOBILE", "Mobile", 8],
    ]);
    expect(catalogue.sections[0].criteria[0].key).toBe("EDGE-01");
    expect(catalogue.sections[3].criteria[7].key).toBe("MOBILE-08");
  });

  it("cites its source and carries the default 0–4 scale", () => {
    expect(catalogue).toMatchObject({
      slug: "owasp-iot-framework",
      version: "2016-03-18",
      publisher: "OWASP Foundation",
      publishedOn: "2016-03-18",
      licence: expect.stringContaining("CC BY-SA"),
    });
    expect(catalogue.scale.levels.map((l) => l.label)).toEqual([
      "Absent",
      "Possible",
      "Partial",
      "Supported",
      "Secure by default",
    ]);
  });

  it("gives every criterion a description, guidance and guidance for each level", () => {
    for (const c of catalogue.sections.flatMap((s) => s.criteria)) {
      expect(c.description.length, c.key).toBeGreaterThan(80);
      expect(c.guidance.length, c.key).toBeGreaterThan(40);
      expect(Object.keys(c.levelGuidance).sort(), c.key).toEqual(["0", "1", "2", "3", "4"]);
    }
  });
});

describe("importOscalCatalog: other catalogues", () => {
  it("imports NIST's basic example catalog", () => {
    const c = importOscalCatalog(
      readFileSync(path.join(FIXTURES, "basic-catalog.json"), "utf8"),
      "basic-catalog.json",
    );
    expect(c.sections.length).toBeGreaterThan(0);
    expect(c.sections.flatMap((s) => s.criteria).length).toBeGreaterThan(0);
    expect(c.scale.levels).toHaveLength(5); // no scale in the file: the default applies
  });

  it("keeps control enhancements as criteria with their parent key", () => {
    const doc = JSON.parse(owaspText);
    doc.catalog.groups[0].controls[0].controls = [
      { id: "edge-01.1", title: "Mutual TLS", props: [{ name: "label", value: "EDGE-01(1)" }] },
    ];
    const c = importOscalCatalog(JSON.stringify(doc), "x.json");
    expect(c.sections[0].criteria[1]).toMatchObject({
      key: "EDGE-01(1)",
      parentKey: "EDGE-01",
      title: "Mutual TLS",
    });
  });
});

describe("importOscalCatalog: bad input", () => {
  it("names the file, line and column of a JSON syntax error", () => {
    const err = errorOf(() => importOscalCatalog('{\n  "catalog": {\n    "uuid": oops\n}', "broken.json"));
    expect(err.code).toBe("validation_failed");
    expect(err.message).toMatch(/^broken\.json: not valid JSON at line 3, column \d+/);
  });

  it("names the file and the JSON path of a schema violation", () => {
    const doc = JSON.parse(owaspText);
    delete doc.catalog.groups[1].controls[2].title;
    const err = errorOf(() => importOscalCatalog(JSON.stringify(doc), "prisma/catalogues/x.oscal.json"));
    expect(err.message).toContain("prisma/catalogues/x.oscal.json");
    expect(err.message).toContain("$.catalog.groups[1].controls[2].title");
  });

  it("refuses duplicate criterion keys", () => {
    const doc = JSON.parse(owaspText);
    doc.catalog.groups[0].controls[1].props[0].value = "EDGE-01";
    expect(errorOf(() => importOscalCatalog(JSON.stringify(doc), "dup.json")).message).toMatch(
      /duplicate criterion key EDGE-01/,
    );
  });

  it("refuses absurd nesting before walking it", () => {
    const deep = '{"catalog":' + "[".repeat(5000) + "]".repeat(5000) + "}";
    expect(errorOf(() => importOscalCatalog(deep, "deep.json")).message).toMatch(
      /nested more than 64 levels/,
    );
  });

  it("refuses a document that is not a catalog", () => {
    expect(errorOf(() => importOscalCatalog('{"profile":{}}', "p.json")).message).toContain("$.catalog");
  });
});
