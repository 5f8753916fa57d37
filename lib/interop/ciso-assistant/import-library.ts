import { z } from "zod";
import { AppError } from "../../errors/app-error";
import { parseDocument } from "../../errors/issue-path";
import {
  catalogueInputSchema,
  DEFAULT_SCALE,
  type CatalogueInput,
  type Scale,
} from "../../schemas/catalogue";
import { slugify } from "../../schemas/slugify";
import { librarySchema, type CisoLibrary, type RequirementNode } from "./library-schema";
import { parseYamlSafely } from "./parse-yaml";

type Framework = CisoLibrary["objects"]["framework"];
type Section = CatalogueInput["sections"][number];

const invalid = (source: string, field: string, message: string) =>
  new AppError("validation_failed", `${source}: ${field}: ${message}`, [
    { field: field.replace(/^\$\.?/, ""), message },
  ]);

/** scores_definition → our scale; without one, a 0–4 range is our default scale. */
function scaleFrom(fw: Framework, source: string): Scale {
  if (fw.scores_definition) {
    const levels = [...fw.scores_definition]
      .sort((a, b) => a.score - b.score)
      .map((d) => ({
        value: d.score,
        label: d.name.trim(),
        meaning: (d.description ?? "").trim().slice(0, 500),
      }));
    if (new Set(levels.map((l) => l.value)).size !== levels.length) {
      throw invalid(source, "$.objects.framework.scores_definition", "scores must be distinct");
    }
    return { levels, notApplicable: DEFAULT_SCALE.notApplicable };
  }
  const min = fw.min_score ?? 0;
  const max = fw.max_score ?? 4;
  if (min === 0 && max === 4) return DEFAULT_SCALE;
  if (max <= min || max - min > 10) {
    throw invalid(
      source,
      "$.objects.framework.scores_definition",
      "needed when the score range is not 2–11 levels",
    );
  }
  const levels = Array.from({ length: max - min + 1 }, (_, i) => ({
    value: min + i,
    label: `Score ${min + i}`,
    meaning: "",
  }));
  return { levels, notApplicable: DEFAULT_SCALE.notApplicable };
}

/** Our keys allow letters, digits and . _ - ( ); CISO ref_ids are freer, so they are tidied and de-duplicated. */
function keyFactory() {
  const used = new Set<string>();
  return (node: RequirementNode, fallback: string) => {
    const raw = node.ref_id !== undefined ? String(node.ref_id) : (node.urn.split(":").pop() ?? fallback);
    const base =
      raw
        .trim()
        .replace(/[^A-Za-z0-9._()-]+/g, "-")
        .replace(/^[^A-Za-z0-9]+/, "")
        .slice(0, 90) || fallback;
    let key = base;
    for (let n = 2; used.has(key.toLowerCase()); n++) key = `${base}-${n}`;
    used.add(key.toLowerCase());
    return key;
  };
}

/**
 * A CISO Assistant library (YAML) → a catalogue version. Depth-1 non-assessable nodes are the
 * sections; assessable nodes are criteria under their nearest such ancestor (top-level
 * assessable nodes go to a "General" section), and an assessable ancestor becomes the parent.
 * `annotation` carries the guidance. `source` names the file in errors.
 */
export function importCisoLibrary(text: string, source: string): CatalogueInput {
  const parsed = parseDocument(
    librarySchema,
    parseYamlSafely(text, source),
    source,
    "not a CISO Assistant library",
  );
  const lib = parsed;
  const fw = lib.objects.framework;
  const nodes = fw.requirement_nodes;
  const byUrn = new Map<string, { node: RequirementNode; index: number }>();
  nodes.forEach((node, index) => {
    if (byUrn.has(node.urn))
      throw invalid(source, `$.objects.framework.requirement_nodes[${index}].urn`, "duplicate URN");
    byUrn.set(node.urn, { node, index });
  });
  const nextKey = keyFactory();
  const keyOf = new Map<string, string>();
  const sections: Section[] = [];
  const sectionOf = new Map<string, Section>();
  let general: Section | undefined;

  nodes.forEach((node, index) => {
    const field = `$.objects.framework.requirement_nodes[${index}]`;
    if (node.parent_urn && !byUrn.has(node.parent_urn))
      throw invalid(source, `${field}.parent_urn`, "no node has this URN");
    if (node.parent_urn && byUrn.get(node.parent_urn)!.index >= index)
      throw invalid(source, `${field}.parent_urn`, "a parent must come before its children");
    if (!node.parent_urn && node.depth !== 1)
      throw invalid(source, `${field}.depth`, "a node without parent_urn must have depth 1");
    if (node.depth === 1 && !node.assessable) {
      const section: Section = {
        key: nextKey(node, `S${sections.length + 1}`),
        title: titleOf(node, `Section ${sections.length + 1}`),
        description: (node.description ?? "").trim(),
        criteria: [],
      };
      sections.push(section);
      sectionOf.set(node.urn, section);
      return;
    }
    // Walk up: the nearest assessable ancestor is the parent; the depth-1 ancestor, the section.
    let parentKey: string | null = null;
    let cursor = node.parent_urn;
    let section: Section | undefined;
    for (let hops = 0; cursor && hops < 64; hops++) {
      const up = byUrn.get(cursor)!.node;
      if (up.assessable && parentKey === null) parentKey = keyOf.get(up.urn) ?? null;
      section = sectionOf.get(up.urn) ?? section;
      cursor = up.parent_urn;
    }
    if (node.depth === 1 || !node.parent_urn) section = undefined;
    if (!node.assessable) {
      sectionOf.set(node.urn, section ?? ensureGeneral());
      return; // a sub-heading: its assessable children fold into the section
    }
    const key = nextKey(node, `R${index + 1}`);
    keyOf.set(node.urn, key);
    (section ?? ensureGeneral()).criteria.push({
      key,
      // Mapping sets (requirement_mappings) refer to requirements by URN.
      sourceId: node.urn,
      parentKey,
      title: titleOf(node, key),
      description: (node.description ?? "").trim(),
      guidance: (node.annotation ?? "").trim(),
      levelGuidance: {},
    });
  });

  function ensureGeneral(): Section {
    general ??= { key: "GENERAL", title: "General", description: "", criteria: [] };
    if (!sections.includes(general)) sections.push(general);
    return general;
  }

  const candidate = {
    slug: slugify(String(fw.ref_id ?? lib.ref_id), 100, "catalogue"),
    version:
      String(lib.scorecard_version ?? lib.version)
        .trim()
        .replace(/[^A-Za-z0-9._-]+/g, "-")
        .replace(/^[^A-Za-z0-9]+/, "") || "1",
    title: fw.name.trim() || lib.name.trim(),
    publisher: (lib.provider ?? lib.packager ?? "").trim() || "Unknown publisher",
    publishedOn: isoDate(lib.publication_date),
    sourceUrl: null,
    licence: lib.copyright?.trim() || null,
    description: (fw.description ?? lib.description)?.trim() || null,
    scale: scaleFrom(fw, source),
    sourceFormat: "ciso-assistant" as const,
    sections: sections.filter((s) => s.criteria.length > 0),
  };
  if (!candidate.sections.length)
    throw invalid(source, "$.objects.framework.requirement_nodes", "no assessable requirement");
  return parseDocument(catalogueInputSchema, candidate, source);
}

function titleOf(node: RequirementNode, fallback: string): string {
  const t = (node.name ?? "").trim() || (node.description ?? "").trim().split("\n")[0] || fallback;
  return Array.from(t).slice(0, 300).join("");
}

/** publication_date as an ISO date (YAML may give a Date), or null for anything else. */
function isoDate(value: string | Date | null | undefined): string | null {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value?.trim();
  return text && z.iso.date().safeParse(text).success ? text : null;
}
