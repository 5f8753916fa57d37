import { parseDocument } from "../../errors/issue-path";
import {
  catalogueInputSchema,
  DEFAULT_SCALE,
  type CatalogueInput,
  type Scale,
} from "../../schemas/catalogue";
import { slugify } from "../../schemas/slugify";
import { parseJsonWithin } from "../json-limits";
import { OSCAL_JSON_LIMITS } from "../limits";
import {
  oscalCatalogSchema,
  type OscalCatalog,
  type OscalControl,
  type OscalGroup,
  type OscalProp,
} from "./catalog-schema";
import { ParamText } from "./param-text";
import { flattenPart, partyName, propValue, SCORECARD_NS } from "./prose";

type Meta = OscalCatalog["catalog"]["metadata"];
type Section = CatalogueInput["sections"][number];
type Criterion = Section["criteria"][number];

function scaleFrom(meta: Meta): Scale {
  const levels = (meta.props ?? [])
    .filter((p) => p.ns === SCORECARD_NS && p.name === "scale-label" && /^level-\d+$/.test(p.class ?? ""))
    .map((p) => ({ value: Number(p.class!.slice(6)), label: p.value, meaning: p.remarks ?? "" }))
    .sort((a, b) => a.value - b.value);
  if (!levels.length) return DEFAULT_SCALE;
  const na = meta.props?.find((p) => p.ns === SCORECARD_NS && p.name === "scale-not-applicable");
  return {
    levels,
    notApplicable: na ? { label: na.value, meaning: na.remarks ?? "" } : DEFAULT_SCALE.notApplicable,
  };
}

/** `path` is the control's JSON path: parameter expansion errors name the prose they are in. */
function criterionFrom(
  control: OscalControl,
  parentKey: string | null,
  params: ParamText,
  path: string,
): Criterion {
  const index = (name: string) => control.parts?.findIndex((p) => p.name === name) ?? -1;
  const part = (name: string) => control.parts?.[index(name)];
  const guidance = part("guidance");
  const levelGuidance: Record<string, string> = {};
  for (const p of guidance?.parts ?? []) {
    if (
      p.ns === SCORECARD_NS &&
      p.name === "scale-guidance" &&
      /^level-\d+$/.test(p.class ?? "") &&
      p.prose
    ) {
      levelGuidance[p.class!.slice(6)] = p.prose;
    }
  }
  const statement = part("statement");
  return {
    key: propValue(control.props, "label") ?? control.id.toUpperCase(),
    sourceId: control.id,
    parentKey,
    title: control.title,
    description: statement ? flattenPart(statement, params, `${path}.parts[${index("statement")}]`) : "",
    guidance: guidance?.prose
      ? flattenPart({ ...guidance, parts: [] }, params, `${path}.parts[${index("guidance")}]`)
      : "",
    levelGuidance,
  };
}

/** Controls in document order, enhancements right after their parent; withdrawn ones skipped. */
function collectControls(
  controls: OscalControl[] | undefined,
  parentKey: string | null,
  params: ParamText,
  out: Criterion[],
  path: string,
) {
  for (const [i, control] of (controls ?? []).entries()) {
    if (propValue(control.props, "status") === "withdrawn") continue;
    for (const p of control.params ?? []) params.declare(p);
    const criterion = criterionFrom(control, parentKey, params, `${path}[${i}]`);
    out.push(criterion);
    collectControls(control.controls, criterion.key, params, out, `${path}[${i}].controls`);
  }
}

function sectionFrom(group: OscalGroup, index: number, params: ParamText): Section {
  const criteria: Criterion[] = [];
  const walk = (g: OscalGroup, path: string) => {
    for (const p of g.params ?? []) params.declare(p);
    collectControls(g.controls, null, params, criteria, `${path}.controls`);
    g.groups?.forEach((sub, i) => walk(sub, `${path}.groups[${i}]`)); // nested groups fold into their top-level section
  };
  walk(group, `$.catalog.groups[${index}]`);
  const overview = group.parts?.findIndex((p) => p.name === "overview") ?? -1;
  return {
    key: propValue(group.props, "label") ?? group.id?.toUpperCase() ?? `S${index + 1}`,
    title: group.title,
    description:
      overview >= 0
        ? flattenPart(group.parts![overview], params, `$.catalog.groups[${index}].parts[${overview}]`)
        : "",
    criteria,
  };
}

/**
 * An OSCAL catalog JSON document → a catalogue version, under OSCAL_JSON_LIMITS and the
 * expansion limits. `source` names the file in errors. Pure (no I/O), so it can run in a worker.
 */
export function importOscalCatalog(text: string, source: string): CatalogueInput {
  const json = parseJsonWithin(text, source, OSCAL_JSON_LIMITS);
  const parsed = parseDocument(oscalCatalogSchema, json, source, "not an OSCAL catalog");
  const { metadata: meta, groups, controls, params: catalogParams } = parsed.catalog;
  const params = new ParamText(source);
  for (const p of catalogParams ?? []) params.declare(p);
  const sections = (groups ?? []).map((g, i) => sectionFrom(g, i, params));
  if (controls?.length) {
    const loose: Criterion[] = [];
    collectControls(controls, null, params, loose, "$.catalog.controls");
    sections.push({ key: "GENERAL", title: "General", description: "", criteria: loose });
  }
  const candidate = {
    slug: propValue(meta.props, "slug", SCORECARD_NS) ?? slugify(meta.title, 100, "catalogue"),
    version: meta.version.trim().replace(/[^A-Za-z0-9._-]+/g, "-"),
    title: meta.title.trim(),
    publisher: partyName(meta, "publisher") ?? "Unknown publisher",
    publishedOn: meta.published?.slice(0, 10) ?? null,
    sourceUrl: meta.links?.find((l) => l.rel === "source")?.href ?? null,
    licence: licenceOf(meta.props),
    description: meta.remarks ?? null,
    scale: scaleFrom(meta),
    sourceFormat: "oscal" as const,
    purpose: propValue(meta.props, "purpose", SCORECARD_NS),
    sections: sections.filter((s) => s.criteria.length > 0),
  };
  return parseDocument(catalogueInputSchema, candidate, source);
}

/** Our licence prop: the whole text is in its remarks when it runs over one line. */
function licenceOf(props: OscalProp[] | undefined): string | null {
  const prop = props?.find((p) => p.ns === SCORECARD_NS && p.name === "licence");
  return prop ? (prop.remarks ?? prop.value) : null;
}
