import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { oscalValidator } from "../testing/oscal-schema";
import { parseYamlSafely } from "./ciso-assistant/parse-yaml";
import { importOscalCatalog } from "./oscal/import-catalog";
import { SCORECARD_NS } from "./oscal/prose";

/**
 * The crosswalk data (prisma/crosswalks): three target catalogues and the OWASP → target mapping
 * sets. The catalogues must import through our own importer; the mapping sets must be valid
 * OSCAL 1.2.2, every link must resolve on both sides, and every target requirement must be
 * either linked or listed as not assessed (never silently dropped).
 */
const read = (p: string) => readFileSync(path.join(process.cwd(), p), "utf8");
const OWASP = "prisma/catalogues/owasp-iot-framework-2016.oscal.json";
const CATALOGUES = "prisma/crosswalks/catalogues";
const MAPPINGS = "prisma/crosswalks/mappings";
const SETS = [
  ["owasp-iot-to-eu-cra-annex-i", "eu-cra-annex-i.oscal.json"],
  ["owasp-iot-to-etsi-en-303-645", "etsi-en-303-645-v3.1.3.oscal.json"],
  ["owasp-iot-to-nist-ir-8425", "nist-ir-8425.oscal.json"],
] as const;
const RELATIONSHIPS = new Set(["equivalent-to", "subset-of", "superset-of", "intersects-with"]);

interface Prop {
  ns?: string;
  name: string;
  value: string;
  remarks?: string;
}
interface Control {
  id: string;
  props?: Prop[];
  controls?: Control[];
}
interface Group {
  controls?: Control[];
  groups?: Group[];
}
interface Item {
  "id-ref": string;
  props?: Prop[];
}
interface MappingDoc {
  "mapping-collection": {
    mappings: {
      "source-resource": { href: string; props?: Prop[] };
      "target-resource": { href: string; props?: Prop[] };
      maps: { relationship: string; sources: Item[]; targets: Item[]; remarks?: string }[];
      props?: Prop[];
      "source-gap-summary"?: { "unmapped-controls": { "with-ids"?: string[] }[] };
      "target-gap-summary"?: { "unmapped-controls": { "with-ids"?: string[] }[] };
    }[];
  };
}

/** OSCAL control id → label prop (the criterion key our importer uses), in document order. */
function labels(file: string): Map<string, string> {
  const out = new Map<string, string>();
  const walkControls = (cs: Control[] = []) =>
    cs.forEach((c) => {
      out.set(c.id, c.props?.find((p) => p.name === "label" && !p.ns)?.value ?? c.id.toUpperCase());
      walkControls(c.controls);
    });
  const walk = (gs: Group[] = []) =>
    gs.forEach((g) => {
      walkControls(g.controls);
      walk(g.groups);
    });
  walk((JSON.parse(read(file)) as { catalog: { groups: Group[] } }).catalog.groups);
  return out;
}

const ours = (props: Prop[] | undefined, name: string) =>
  (props ?? []).filter((p) => p.ns === SCORECARD_NS && p.name === name);
const keysOf = (file: string) =>
  new Set(importOscalCatalog(read(file), file).sections.flatMap((s) => s.criteria.map((c) => c.key)));

const validateOscal = oscalValidator("1.2.2");
const validateCatalog = oscalValidator("1.1.2"); // the catalogues declare 1.1.2, like the OWASP one
const owaspLabels = labels(OWASP);
const owaspKeys = keysOf(OWASP);

describe.each(SETS)("crosswalk %s", (slug, catalogueFile) => {
  const targetFile = `${CATALOGUES}/${catalogueFile}`;
  const doc = JSON.parse(read(`${MAPPINGS}/${slug}.mapping.json`)) as MappingDoc;
  const [mapping] = doc["mapping-collection"].mappings;
  const targetLabels = labels(targetFile);

  it("is a valid OSCAL 1.2.2 mapping-collection", () => {
    expect(validateOscal(doc), JSON.stringify(validateOscal.errors?.slice(0, 3))).toBe(true);
    expect(doc["mapping-collection"].mappings).toHaveLength(1);
    // the validator is not vacuous: a map without its required uuid is refused
    const broken = structuredClone(doc) as unknown as {
      "mapping-collection": { mappings: { maps: object[] }[] };
    };
    delete (broken["mapping-collection"].mappings[0].maps[0] as { uuid?: string }).uuid;
    expect(validateOscal(broken)).toBe(false);
  });

  it("has a target catalogue that is valid OSCAL and imports through our importer, every control a criterion", () => {
    const catalog = JSON.parse(read(targetFile)) as object;
    expect(validateCatalog(catalog), JSON.stringify(validateCatalog.errors?.slice(0, 3))).toBe(true);
    const keys = keysOf(targetFile);
    expect([...keys]).toEqual([...targetLabels.values()]);
    const slugProp = ours(mapping["target-resource"].props, "slug")[0]?.value;
    expect(importOscalCatalog(read(targetFile), targetFile).slug).toBe(slugProp);
    expect(path.basename(mapping["target-resource"].href)).toBe(catalogueFile);
  });

  it("links only criteria and requirements that exist, one pair per map, labels matching keys", () => {
    const targetKeys = keysOf(targetFile);
    const pairs = new Set<string>();
    for (const map of mapping.maps) {
      expect(RELATIONSHIPS.has(map.relationship), map.relationship).toBe(true);
      expect(map.remarks?.trim().length, JSON.stringify(map)).toBeGreaterThan(20);
      expect(map.sources).toHaveLength(1);
      expect(map.targets).toHaveLength(1);
      const [s, t] = [map.sources[0], map.targets[0]];
      expect(owaspLabels.has(s["id-ref"]), s["id-ref"]).toBe(true);
      expect(targetLabels.has(t["id-ref"]), t["id-ref"]).toBe(true);
      expect(ours(s.props, "label")[0]?.value).toBe(owaspLabels.get(s["id-ref"]));
      expect(ours(t.props, "label")[0]?.value).toBe(targetLabels.get(t["id-ref"]));
      expect(owaspKeys.has(owaspLabels.get(s["id-ref"])!)).toBe(true);
      expect(targetKeys.has(targetLabels.get(t["id-ref"])!)).toBe(true);
      const pair = `${s["id-ref"]} -> ${t["id-ref"]}`;
      expect(pairs.has(pair), pair).toBe(false);
      pairs.add(pair);
    }
  });

  it("lists every unlinked requirement as not assessed, with a reason, and no linked one", () => {
    const linked = new Set(mapping.maps.map((m) => m.targets[0]["id-ref"]));
    const unlinked = [...targetLabels.keys()].filter((id) => !linked.has(id));
    const gap = mapping["target-gap-summary"]?.["unmapped-controls"].flatMap((u) => u["with-ids"] ?? []);
    expect(gap).toEqual(unlinked);
    const notAssessed = ours(mapping.props, "not-assessed");
    expect(notAssessed.map((p) => p.value)).toEqual(unlinked);
    for (const p of notAssessed) expect(p.remarks?.trim().length, p.value).toBeGreaterThan(20);
  });

  it("lists the OWASP criteria it leaves unlinked in the source gap summary", () => {
    const linked = new Set(mapping.maps.map((m) => m.sources[0]["id-ref"]));
    const unlinked = [...owaspLabels.keys()].filter((id) => !linked.has(id));
    const gap =
      mapping["source-gap-summary"]?.["unmapped-controls"].flatMap((u) => u["with-ids"] ?? []) ?? [];
    expect(gap).toEqual(unlinked);
  });
});

describe("EU CRA Annex I catalogue", () => {
  const file = `${CATALOGUES}/eu-cra-annex-i.oscal.json`;
  const ciso = parseYamlSafely(
    read("../shared/fixtures/ciso-assistant/cra-regulation-annexes.yaml"),
    "cra",
  ) as {
    objects: {
      framework: { requirement_nodes: { ref_id?: string; assessable: boolean; description?: string }[] };
    };
  };
  const annexI = ciso.objects.framework.requirement_nodes.filter(
    (n) => n.assessable && /^1\.[12]\./.test(n.ref_id ?? ""),
  );

  /** CISO Assistant's 1.1.2.a → the regulation's Annex I, Part I, point (2)(a) → I(2)(a). */
  const regulationId = (ref: string) => {
    const [, part, point, letter] = /^1\.([12])\.(\d+)(?:\.([a-z]))?$/.exec(ref)!;
    return `${part === "1" ? "I" : "II"}(${point})${letter ? `(${letter})` : ""}`;
  };

  it("has exactly the assessable Annex I points of the CISO Assistant library, ids as in the regulation", () => {
    const raw = JSON.parse(read(file)) as { catalog: { groups: Group[] } };
    const controls = raw.catalog.groups.flatMap((g) => g.controls ?? []);
    const refs = controls.map((c) => ours(c.props, "ciso-assistant-ref-id")[0]?.value);
    expect(refs).toEqual(annexI.map((n) => n.ref_id));
    expect([...keysOf(file)]).toEqual(annexI.map((n) => regulationId(n.ref_id!)));
    expect(annexI).toHaveLength(22);
  });

  it("never copies a run of 8 words from the regulation's text into its descriptions", () => {
    const words = (s: string) =>
      s
        .toLowerCase()
        .replace(/[^a-z0-9' ]+/g, " ")
        .split(/\s+/)
        .filter(Boolean);
    const legal = words(annexI.map((n) => n.description ?? "").join(" "));
    const grams = new Set(legal.map((_, i) => legal.slice(i, i + 8).join(" ")));
    const copied = importOscalCatalog(read(file), file)
      .sections.flatMap((s) => s.criteria)
      .flatMap((c) => {
        const w = words(c.description);
        return w.flatMap((_, i) =>
          grams.has(w.slice(i, i + 8).join(" ")) ? [`${c.key}: ${w.slice(i, i + 8).join(" ")}`] : [],
        );
      });
    expect(copied).toEqual([]);
  });
});
