import { stringify } from "yaml";
import type { ExportableCatalogue } from "../oscal/export-catalog";

/** Lower-case and URN-safe, so the same catalogue always gets the same URNs. */
const urnPart = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "") || "x";

export const nodeUrn = (slug: string, version: string, key: string) =>
  `urn:scorecard:risk:req_node:${urnPart(`${slug}-${version}`)}:${urnPart(key)}`;

/**
 * CISO Assistant's library version is an integer (their loader compares `int(version)` to decide
 * on upgrades). Ours is free-form, so it is read as up to three numbers, each below 100 after the
 * first (a date 2016-03-18 → 20160318, 3.1.3 → 30103, 7 → 7), which keeps their order; a version
 * that does not fit that shape exports as 1, and our own label is kept beside it.
 */
export function libraryVersion(version: string): number {
  if (/^\d+$/.test(version)) return Number(version);
  const parts = version
    .split(/[^0-9]+/)
    .filter(Boolean)
    .map(Number);
  if (parts.length === 0 || parts.length > 3 || parts.slice(1).some((p) => p > 99)) return 1;
  const [major, minor = 0, patch = 0] = parts;
  const n = major * 10_000 + minor * 100 + patch;
  return Number.isSafeInteger(n) ? n : 1;
}

/**
 * A catalogue → a CISO Assistant library document (YAML text). Sections become non-assessable
 * depth-1 nodes and criteria assessable nodes under them (depth 2, refinements one deeper under
 * their parent); guidance goes to `annotation`. Per-level guidance has no place in that format
 * and is left out.
 */
export function exportCisoLibrary(c: ExportableCatalogue): string {
  const id = urnPart(`${c.slug}-${c.version}`);
  const used = new Set<string>();
  const uniqueUrn = (key: string) => {
    let urn = nodeUrn(c.slug, c.version, key);
    for (let n = 2; used.has(urn); n++) urn = `${nodeUrn(c.slug, c.version, key)}-${n}`;
    used.add(urn);
    return urn;
  };
  // A requirement imported from CISO Assistant keeps its URN, so mapping sets still resolve.
  const keep = (urn: string) => (used.add(urn), urn);
  const nodes: Array<Record<string, unknown>> = [];
  for (const s of c.sections) {
    const sectionUrn = uniqueUrn(s.key);
    nodes.push({
      urn: sectionUrn,
      assessable: false,
      depth: 1,
      ref_id: s.key,
      name: s.title,
      ...(s.description ? { description: s.description } : {}),
    });
    const placed = new Map<string, { urn: string; depth: number }>();
    for (const cr of s.criteria) {
      const parent = cr.parentKey ? placed.get(cr.parentKey) : undefined;
      const depth = parent ? parent.depth + 1 : 2;
      const urn =
        cr.sourceId?.startsWith("urn:") && !used.has(cr.sourceId) ? keep(cr.sourceId) : uniqueUrn(cr.key);
      placed.set(cr.key, { urn, depth });
      nodes.push({
        urn,
        assessable: true,
        depth,
        parent_urn: parent?.urn ?? sectionUrn,
        ref_id: cr.key,
        name: cr.title,
        ...(cr.description ? { description: cr.description } : {}),
        ...(cr.guidance ? { annotation: cr.guidance } : {}),
      });
    }
  }
  const levels = c.scale.levels;
  const library = {
    urn: `urn:scorecard:risk:library:${id}`,
    locale: "en",
    ref_id: c.slug,
    name: c.title,
    description: c.description ?? "",
    copyright: c.licence ?? "",
    // Their loader does int(version): an integer that grows with ours; our own label rides along.
    version: libraryVersion(c.version),
    ...(/^\d+$/.test(c.version) ? {} : { scorecard_version: c.version }),
    ...(c.publishedOn ? { publication_date: c.publishedOn } : {}),
    provider: c.publisher,
    packager: "iot-framework-security-scorecard",
    objects: {
      framework: {
        urn: `urn:scorecard:risk:framework:${id}`,
        ref_id: c.slug,
        name: c.title,
        description: c.description ?? "",
        min_score: levels[0].value,
        max_score: levels[levels.length - 1].value,
        scores_definition: levels.map((l) => ({ score: l.value, name: l.label, description: l.meaning })),
        requirement_nodes: nodes,
      },
    },
  };
  return stringify(library, { lineWidth: 0, aliasDuplicateObjects: false });
}
