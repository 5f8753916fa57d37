import { createHash } from "node:crypto";
import type { CatalogueInput } from "../../schemas/catalogue";
import type { OscalControl, OscalGroup, OscalPart, OscalProp } from "./catalog-schema";
import { SCORECARD_NS } from "./prose";

type Criterion = CatalogueInput["sections"][number]["criteria"][number];

/** What an export needs: the catalogue's content plus, optionally, when it was published. */
export type ExportableCatalogue = Omit<CatalogueInput, "sourceFormat"> & { publishedAt?: Date | null };

export const OSCAL_VERSION = "1.1.2";

/**
 * A UUID derived from a name, so exporting the same catalogue twice gives the same document
 * (diffable, cacheable) instead of fresh random ids each time.
 */
export function stableUuid(name: string): string {
  const h = createHash("sha256").update(name).digest("hex");
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** OSCAL's token datatype: what an id must look like. */
const OSCAL_TOKEN = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;

/**
 * OSCAL ids are tokens; the human key travels in the `label` prop, which is what import reads.
 * A criterion keeps the id it was imported with where it is a valid token, so mapping files
 * that refer to it by that id still resolve after a round trip.
 */
function idFactory() {
  const used = new Set<string>();
  return (key: string, sourceId?: string | null) => {
    if (sourceId && OSCAL_TOKEN.test(sourceId) && !used.has(sourceId)) {
      used.add(sourceId);
      return sourceId;
    }
    const base =
      key
        .toLowerCase()
        .replace(/[^a-z0-9_.-]+/g, "_")
        .replace(/^[^a-z_]+/, "x") || "x";
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    return id;
  };
}

function controlFrom(c: Criterion, id: string): OscalControl {
  const parts: OscalPart[] = [];
  if (c.description) parts.push({ id: `${id}_smt`, name: "statement", prose: c.description });
  const levels = Object.entries(c.levelGuidance)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([level, prose]) => ({ name: "scale-guidance", ns: SCORECARD_NS, class: `level-${level}`, prose }));
  if (c.guidance || levels.length) {
    parts.push({
      id: `${id}_gdn`,
      name: "guidance",
      ...(c.guidance ? { prose: c.guidance } : {}),
      ...(levels.length ? { parts: levels } : {}),
    });
  }
  return { id, title: c.title, props: [{ name: "label", value: c.key }], ...(parts.length ? { parts } : {}) };
}

/**
 * A prop value is one line without outer spaces (OSCAL: `^\S(.*\S)?$`), and licences often run
 * to paragraphs: the value is the first line, the whole text goes in the prop's remarks.
 */
function licenceProp(
  licence: string | null,
  ns: (name: string, value: string, extra?: Partial<OscalProp>) => OscalProp,
) {
  const first = licence
    ?.split("\n")
    .map((l) => l.trim())
    .find(Boolean);
  if (!licence || !first) return [];
  return [ns("licence", first, licence === first ? {} : { remarks: licence })];
}

/**
 * A catalogue → an OSCAL 1.1 catalog document that `importOscalCatalog` reads back to the same
 * content: sections become groups, criteria controls, refinements (parentKey) nested controls,
 * and what OSCAL has no field for (scale, per-level guidance, slug, licence) our own namespaced
 * props and parts, which other OSCAL tools ignore.
 */
export function exportOscalCatalog(c: ExportableCatalogue): { catalog: Record<string, unknown> } {
  const nextId = idFactory();
  const publisherUuid = stableUuid(`${c.slug}@${c.version}#publisher`);
  const ns = (name: string, value: string, extra: Partial<OscalProp> = {}): OscalProp => ({
    name,
    ns: SCORECARD_NS,
    value,
    ...extra,
  });
  const props: OscalProp[] = [
    ns("slug", c.slug),
    ...licenceProp(c.licence, ns),
    // Read back by import: a regulation stays a mapping target on the other side.
    ...(c.purpose === "target" ? [ns("purpose", "target")] : []),
    ...c.scale.levels.map((l) =>
      ns("scale-label", l.label, { class: `level-${l.value}`, ...(l.meaning ? { remarks: l.meaning } : {}) }),
    ),
    ns(
      "scale-not-applicable",
      c.scale.notApplicable.label,
      c.scale.notApplicable.meaning ? { remarks: c.scale.notApplicable.meaning } : {},
    ),
  ];
  const groups: OscalGroup[] = c.sections.map((s) => {
    const controls: OscalControl[] = [];
    const byKey = new Map<string, OscalControl>();
    const inSection = new Set(s.criteria.map((cr) => cr.key));
    for (const cr of s.criteria) {
      const control = controlFrom(cr, nextId(cr.key, cr.sourceId));
      byKey.set(cr.key, control);
      // A refinement nests under its parent when the parent is in the same section (always the
      // case for OSCAL sources); otherwise it stays top-level rather than move sections.
      const parent = cr.parentKey && inSection.has(cr.parentKey) ? byKey.get(cr.parentKey) : undefined;
      if (parent) (parent.controls ??= []).push(control);
      else controls.push(control);
    }
    return {
      id: nextId(s.key),
      title: s.title,
      props: [{ name: "label", value: s.key }],
      ...(s.description
        ? { parts: [{ id: `${nextId(`${s.key}_ovw`)}`, name: "overview", prose: s.description }] }
        : {}),
      controls,
    };
  });
  const modified = (
    c.publishedAt ?? (c.publishedOn ? new Date(`${c.publishedOn}T00:00:00Z`) : new Date(0))
  ).toISOString();
  return {
    catalog: {
      uuid: stableUuid(`${c.slug}@${c.version}`),
      metadata: {
        title: c.title,
        ...(c.publishedOn ? { published: `${c.publishedOn}T00:00:00Z` } : {}),
        "last-modified": modified,
        version: c.version,
        "oscal-version": OSCAL_VERSION,
        props,
        ...(c.sourceUrl ? { links: [{ href: c.sourceUrl, rel: "source" }] } : {}),
        roles: [{ id: "publisher", title: "Publisher" }],
        parties: [{ uuid: publisherUuid, type: "organization", name: c.publisher }],
        "responsible-parties": [{ "role-id": "publisher", "party-uuids": [publisherUuid] }],
        ...(c.description ? { remarks: c.description } : {}),
      },
      groups,
    },
  };
}
