import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { errorOf } from "../../testing/app-error-of";
import { importOscalCatalog } from "../oscal/import-catalog";
import { exportCisoLibrary, nodeUrn } from "./export-library";
import { importCisoLibrary } from "./import-library";

const owasp = importOscalCatalog(
  readFileSync(path.join(process.cwd(), "prisma/catalogues/owasp-iot-framework-2016.oscal.json"), "utf8"),
  "owasp.json",
);

const minimal = (nodes: string) => `urn: urn:test:risk:library:x
ref_id: x
name: X
version: 3
objects:
  framework:
    urn: urn:test:risk:framework:x
    ref_id: x-fw
    name: X framework
    requirement_nodes:
${nodes}`;

describe("CISO Assistant library export", () => {
  const yaml = exportCisoLibrary(owasp);
  const doc = parse(yaml);
  const nodes = doc.objects.framework.requirement_nodes as Array<Record<string, unknown>>;

  it("has 4 non-assessable depth-1 sections and 58 assessable depth-2 criteria with stable URNs", () => {
    expect(nodes.filter((n) => n.depth === 1 && n.assessable === false)).toHaveLength(4);
    expect(nodes.filter((n) => n.depth === 2 && n.assessable === true)).toHaveLength(58);
    expect(nodes[1].urn).toBe("urn:scorecard:risk:req_node:owasp-iot-framework-2016-03-18:edge-01");
    expect(nodes[1].parent_urn).toBe(nodes[0].urn);
    expect(exportCisoLibrary(owasp)).toBe(yaml); // deterministic
    expect(doc.objects.framework.scores_definition).toHaveLength(5);
  });

  it("round-trips to the same sections and criteria (per-level guidance has no field there)", () => {
    const back = importCisoLibrary(yaml, "owasp.yaml");
    expect(back).toMatchObject({
      slug: owasp.slug,
      version: owasp.version,
      title: owasp.title,
      publisher: owasp.publisher,
      sourceFormat: "ciso-assistant",
    });
    expect(back.scale.levels).toEqual(owasp.scale.levels);
    // Each format has its own ids (OSCAL control ids, CISO URNs), so those are compared apart.
    const strip = (c: typeof owasp) =>
      c.sections.map((s) => ({
        ...s,
        criteria: s.criteria.map((cr) => ({ ...cr, sourceId: undefined, levelGuidance: {} })),
      }));
    expect(strip(back)).toEqual(strip(owasp));
    expect(back.sections[0].criteria[0].sourceId).toBe(nodeUrn(owasp.slug, owasp.version, "EDGE-01"));
  });

  it("keeps a requirement's own URN through export and import, so mapping sets still resolve", () => {
    const file = "../shared/fixtures/ciso-assistant/nist-csf-2.0.yaml";
    const back = importCisoLibrary(readFileSync(file, "utf8"), file);
    expect(back.sections[0].criteria[0].sourceId).toMatch(/^urn:intuitem:risk:req_node:nist-csf-2.0:/);
    const again = importCisoLibrary(exportCisoLibrary(back), "again.yaml");
    expect(again.sections.flatMap((s) => s.criteria.map((c) => c.sourceId))).toEqual(
      back.sections.flatMap((s) => s.criteria.map((c) => c.sourceId)),
    );
  });

  it("nests refinements one level deeper under their parent and reads them back", () => {
    const withChild = structuredClone(owasp);
    withChild.sections[0].criteria.splice(1, 0, {
      ...withChild.sections[0].criteria[0],
      key: "EDGE-01(1)",
      parentKey: "EDGE-01",
      title: "Mutual TLS",
    });
    const text = exportCisoLibrary(withChild);
    const child = parse(text).objects.framework.requirement_nodes[2];
    expect(child).toMatchObject({ depth: 3, parent_urn: nodeUrn(owasp.slug, owasp.version, "EDGE-01") });
    expect(importCisoLibrary(text, "x.yaml").sections[0].criteria[1]).toMatchObject({
      key: "EDGE-01(1)",
      parentKey: "EDGE-01",
    });
  });
});

describe("CISO Assistant library import", () => {
  it("maps sections, sub-headings and assessable parents", () => {
    const c = importCisoLibrary(
      minimal(`      - { urn: "urn:test:n:a", assessable: false, depth: 1, ref_id: "A", name: "Alpha" }
      - { urn: "urn:test:n:a.h", assessable: false, depth: 2, parent_urn: "urn:test:n:a", name: "Heading" }
      - { urn: "urn:test:n:a.1", assessable: true, depth: 3, parent_urn: "urn:test:n:a.h", ref_id: "A 1", description: "Do it" }
      - { urn: "urn:test:n:a.1.a", assessable: true, depth: 4, parent_urn: "urn:test:n:a.1", ref_id: "A.1.a", name: "Sub" }
      - { urn: "urn:test:n:z", assessable: true, depth: 1, ref_id: "Z", name: "Loose" }`),
      "t.yaml",
    );
    expect(c.slug).toBe("x-fw");
    expect(c.version).toBe("3");
    expect(c.sections.map((s) => [s.key, s.criteria.map((cr) => [cr.key, cr.parentKey, cr.title])])).toEqual([
      [
        "A",
        [
          ["A-1", null, "Do it"],
          ["A.1.a", "A-1", "Sub"],
        ],
      ],
      ["GENERAL", [["Z", null, "Loose"]]],
    ]);
  });

  it("names the field of the first problem", () => {
    const missing = errorOf(() =>
      importCisoLibrary(minimal(`      - { urn: "urn:test:n:a", depth: 1 }`), "t.yaml"),
    );
    expect(missing.code).toBe("validation_failed");
    expect(missing.message).toContain("$.objects.framework.requirement_nodes[0].assessable");
    const orphan = errorOf(() =>
      importCisoLibrary(
        minimal(`      - { urn: "urn:test:n:a", assessable: true, depth: 2, parent_urn: "urn:test:n:none" }`),
        "t.yaml",
      ),
    );
    expect(orphan.issues[0].field).toBe("objects.framework.requirement_nodes[0].parent_urn");
  });

  it("refuses invalid YAML with its line, custom tags and alias bombs", () => {
    expect(errorOf(() => importCisoLibrary("urn: [unclosed\nref_id: x", "t.yaml")).message).toMatch(
      /not valid YAML at line \d+/,
    );
    expect(errorOf(() => importCisoLibrary("urn: !!python/object:os.system x\n", "t.yaml")).message).toMatch(
      /not valid YAML/,
    );
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      ),
    ].join("\n");
    expect(errorOf(() => importCisoLibrary(bomb, "t.yaml")).code).toBe("validation_failed");
    expect(errorOf(() => importCisoLibrary("- ".repeat(100) + "x", "t.yaml")).message).toMatch(
      /nested more than/,
    );
  });
});
