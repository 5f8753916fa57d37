import { stringify } from "yaml";
import { nodeUrn } from "./ciso-assistant/export-library";
import { stableUuid } from "./oscal/export-catalog";
import { SCORECARD_NS } from "./oscal/prose";

/** A stored mapping set with what both exports need: the catalogues and each side's file ids. */
export interface ExportableMapping {
  slug: string;
  version: string;
  title: string;
  author: string;
  description: string;
  sourceUrl: string | null;
  publishedAt: Date | null;
  source: { slug: string; version: string; title: string };
  target: { slug: string; version: string; title: string };
  links: Array<{
    source: { key: string; sourceId: string | null };
    target: { key: string; sourceId: string | null };
    relationship: "equivalent" | "subset" | "superset" | "intersects";
    rationale: string;
  }>;
  notCovered: Array<{ key: string; sourceId: string | null; reason: string }>;
}

const OSCAL_TOKEN = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;
const RELATIONSHIP_TOKEN = {
  equivalent: "equivalent-to",
  subset: "subset-of",
  superset: "superset-of",
  intersects: "intersects-with",
} as const;
const CISO_RELATIONSHIP = {
  equivalent: "equal",
  subset: "subset",
  superset: "superset",
  intersects: "intersect",
};

/** The OSCAL id a criterion goes by: the one it was imported with, or its key as a token. */
const oscalId = (c: { key: string; sourceId: string | null }) =>
  c.sourceId && OSCAL_TOKEN.test(c.sourceId)
    ? c.sourceId
    : c.key
        .toLowerCase()
        .replace(/[^a-z0-9_.-]+/g, "_")
        .replace(/^[^a-z_]+/, "x");
const ns = (name: string, value: string, remarks?: string) => ({
  ns: SCORECARD_NS,
  name,
  value,
  ...(remarks ? { remarks } : {}),
});
const item = (c: { key: string; sourceId: string | null }) => ({
  type: "control",
  "id-ref": oscalId(c),
  props: [ns("label", c.key)],
});
const resource = (c: { slug: string; version: string; title: string }) => ({
  type: "catalog",
  href: `urn:scorecard:catalogue:${c.slug}:${c.version}`,
  props: [ns("slug", c.slug), ns("version", c.version)],
  remarks: c.title,
});

/** A mapping set as a NIST OSCAL 1.2 mapping-collection (validated against the 1.2.2 schema in tests). */
export function exportOscalMapping(m: ExportableMapping) {
  const partyUuid = stableUuid(`${m.slug}@${m.version}#author`);
  const modified = (m.publishedAt ?? new Date(0)).toISOString();
  return {
    "mapping-collection": {
      uuid: stableUuid(`${m.slug}@${m.version}#mapping-collection`),
      metadata: {
        title: m.title,
        "last-modified": modified,
        version: m.version,
        "oscal-version": "1.2.2",
        props: [ns("slug", m.slug)],
        ...(m.sourceUrl ? { links: [{ href: m.sourceUrl, rel: "source" }] } : {}),
        roles: [{ id: "author", title: "Author" }],
        parties: [{ uuid: partyUuid, type: "organization", name: m.author }],
        "responsible-parties": [{ "role-id": "author", "party-uuids": [partyUuid] }],
      },
      provenance: {
        method: "human",
        "matching-rationale": "semantic",
        status: "complete",
        "mapping-description": m.description || m.title,
      },
      mappings: [
        {
          uuid: stableUuid(`${m.slug}@${m.version}#mapping`),
          "source-resource": resource(m.source),
          "target-resource": resource(m.target),
          maps: m.links.map((l, i) => ({
            uuid: stableUuid(`${m.slug}@${m.version}#map-${i}`),
            relationship: RELATIONSHIP_TOKEN[l.relationship],
            sources: [item(l.source)],
            targets: [item(l.target)],
            ...(l.rationale ? { remarks: l.rationale } : {}),
          })),
          ...(m.notCovered.length
            ? {
                props: m.notCovered.map((n) => ns("not-assessed", oscalId(n), n.reason || undefined)),
                "target-gap-summary": {
                  uuid: stableUuid(`${m.slug}@${m.version}#gaps`),
                  "unmapped-controls": [{ "with-ids": m.notCovered.map((n) => oscalId(n)) }],
                },
              }
            : {}),
        },
      ],
    },
  };
}

/** A requirement's URN: the one it was imported with, or the one our library export gives it. */
const urnOf = (cat: { slug: string; version: string }, c: { key: string; sourceId: string | null }) =>
  c.sourceId?.startsWith("urn:") ? c.sourceId : nodeUrn(cat.slug, cat.version, c.key);

/** A mapping set as a CISO Assistant mapping library (YAML); its frameworks are our library exports. */
export function exportCisoMapping(m: ExportableMapping): string {
  // Read back by importCisoMappings: the catalogue by slug and version.
  const framework = (c: { slug: string; version: string }) =>
    `urn:scorecard:risk:framework:${c.slug}:${c.version}`;
  return stringify(
    {
      urn: `urn:scorecard:risk:library:mapping-${m.slug}-${m.version}`.toLowerCase(),
      locale: "en",
      ref_id: m.slug,
      name: m.title,
      description: m.description || m.title,
      version: 1,
      provider: m.author,
      packager: "IoT Framework Security Scorecard",
      objects: {
        requirement_mapping_sets: [
          {
            urn: `urn:scorecard:risk:req_mapping_set:${m.slug}-${m.version}`.toLowerCase(),
            ref_id: m.slug,
            name: m.title,
            source_framework_urn: framework(m.source),
            target_framework_urn: framework(m.target),
            requirement_mappings: m.links.map((l) => ({
              source_requirement_urn: urnOf(m.source, l.source),
              target_requirement_urn: urnOf(m.target, l.target),
              relationship: CISO_RELATIONSHIP[l.relationship],
              ...(l.rationale ? { rationale: l.rationale } : {}),
            })),
          },
        ],
      },
    },
    { lineWidth: 0, aliasDuplicateObjects: false },
  );
}
