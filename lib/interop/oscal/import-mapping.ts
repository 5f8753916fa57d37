import { AppError } from "../../errors/app-error";
import { jsonPath, parseDocument } from "../../errors/issue-path";
import { mappingSetInputSchema, type MappingRef, type MappingSetInput } from "../../schemas/mapping";
import { slugify } from "../../schemas/slugify";
import type { Relationship } from "../../scoring/readiness";
import { parseJsonWithin } from "../json-limits";
import { OSCAL_JSON_LIMITS } from "../limits";
import { oscalMappingCollectionSchema, type OscalMapping } from "./mapping-schema";
import { partyName, propValue, SCORECARD_NS } from "./prose";

/** OSCAL 1.2 relationship tokens (NIST IR 8477) and the bare words other tools write. */
const RELATIONSHIP_TOKENS: Record<string, Relationship> = {
  "equivalent-to": "equivalent",
  "subset-of": "subset",
  "superset-of": "superset",
  "intersects-with": "intersects",
  equivalent: "equivalent",
  subset: "subset",
  superset: "superset",
  intersects: "intersects",
};

function invalid(source: string, path: Array<string | number>, message: string): never {
  const field = jsonPath(path);
  throw new AppError("validation_failed", `${source}: ${field}: ${message}`, [{ field, message }]);
}

type Item = OscalMapping["maps"][number]["sources"][number];
const refOf = (item: Item): MappingRef => ({
  id: item["id-ref"],
  label: propValue(item.props, "label") ?? null,
});

function catalogueRef(
  resource: OscalMapping["source-resource"],
  source: string,
  path: Array<string | number>,
) {
  const slug = propValue(resource.props, "slug", SCORECARD_NS);
  const version = propValue(resource.props, "version", SCORECARD_NS);
  if (slug && version) return { slug, version };
  // Without our props, a URN of the form urn:scorecard:catalogue:<slug>:<version> names it.
  const urn = /^urn:scorecard:catalogue:([a-z0-9-]+):([A-Za-z0-9._-]+)$/.exec(resource.href);
  if (urn) return { slug: urn[1], version: urn[2] };
  return invalid(
    source,
    path,
    "names no catalogue: give slug and version props, or an href urn:scorecard:catalogue:<slug>:<version>",
  );
}

/**
 * An OSCAL 1.2 mapping-collection JSON document (one mapping: one source catalogue to one
 * target) → a mapping set, under OSCAL_JSON_LIMITS. References stay unresolved: the service
 * checks them against the catalogues. Pure (no I/O), so it can run in a worker.
 */
export function importOscalMapping(text: string, source: string): MappingSetInput {
  const json = parseJsonWithin(text, source, {
    ...OSCAL_JSON_LIMITS,
    kind: "OSCAL mapping-collection (JSON)",
  });
  const parsed = parseDocument(oscalMappingCollectionSchema, json, source, "not an OSCAL mapping-collection");
  const collection = parsed["mapping-collection"];
  const meta = collection.metadata;
  const mapping = Array.isArray(collection.mappings) ? collection.mappings[0] : collection.mappings;
  const base = ["mapping-collection", "mappings", ...(Array.isArray(collection.mappings) ? [0] : [])];
  const links = mapping.maps.flatMap((map, mi) => {
    const relationship = RELATIONSHIP_TOKENS[map.relationship];
    if (!relationship)
      invalid(source, [...base, "maps", mi, "relationship"], `unknown relationship "${map.relationship}"`);
    return map.sources.flatMap((s) =>
      map.targets.map((t) => ({
        source: refOf(s),
        target: refOf(t),
        relationship,
        rationale: map.remarks ?? "",
      })),
    );
  });
  const reasons = new Map(
    (mapping.props ?? [])
      .filter((p) => p.ns === SCORECARD_NS && p.name === "not-assessed")
      .map((p) => [p.value, p.remarks ?? ""]),
  );
  const gapIds = (mapping["target-gap-summary"]?.["unmapped-controls"] ?? []).flatMap(
    (u) => u["with-ids"] ?? [],
  );
  const notCovered = [...new Set([...gapIds, ...reasons.keys()])].map((id) => ({
    target: { id, label: null },
    reason: reasons.get(id) ?? "",
  }));
  const candidate = {
    slug: propValue(meta.props, "slug", SCORECARD_NS) ?? slugify(meta.title, 100, "mapping"),
    version: meta.version.trim().replace(/[^A-Za-z0-9._-]+/g, "-"),
    title: meta.title.trim(),
    author: partyName(meta, "author") ?? "Unknown author",
    description: collection.provenance?.["mapping-description"] ?? meta.remarks ?? "",
    sourceUrl: meta.links?.find((l) => l.rel === "source")?.href ?? null,
    source: catalogueRef(mapping["source-resource"], source, [...base, "source-resource"]),
    target: catalogueRef(mapping["target-resource"], source, [...base, "target-resource"]),
    links,
    notCovered,
    sourceFormat: "oscal" as const,
  };
  return parseDocument(mappingSetInputSchema, candidate, source);
}
