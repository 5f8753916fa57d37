import { AppError } from "../../errors/app-error";
import { parseDocument } from "../../errors/issue-path";
import { mappingSetInputSchema, type MappingSetInput } from "../../schemas/mapping";
import { slugify } from "../../schemas/slugify";
import type { Relationship } from "../../scoring/readiness";
import { mappingLibrarySchema } from "./mapping-schema";
import { parseYamlSafely } from "./parse-yaml";

/** CISO Assistant's relationship words; `not_related` says there is no link, so none is made. */
const RELATIONSHIPS: Record<string, Relationship | null> = {
  equal: "equivalent",
  intersect: "intersects",
  subset: "subset",
  superset: "superset",
  not_related: null,
};

/** Our own exports name their catalogues in the framework URN; others are found by requirement URN. */
const ourCatalogue = (urn: string) => {
  const m = /^urn:scorecard:risk:framework:([a-z0-9-]+):([A-Za-z0-9._-]+)$/.exec(urn);
  return m ? { slug: m[1], version: m[2] } : null;
};

/**
 * A CISO Assistant mapping library (YAML, `requirement_mapping_sets`) → its mapping sets (a
 * library often ships one each way). Catalogues are named by framework URN only, so they are
 * left for the service to find from the requirement URNs (the ids the libraries were imported
 * with). Pure (no I/O).
 */
export function importCisoMappings(text: string, source: string): MappingSetInput[] {
  const lib = parseDocument(
    mappingLibrarySchema,
    parseYamlSafely(text, source),
    source,
    "not a CISO Assistant mapping library",
  );
  return lib.objects.requirement_mapping_sets.map((set, si) => {
    const links = set.requirement_mappings.flatMap((m, i) => {
      if (!(m.relationship in RELATIONSHIPS)) {
        const field = `objects.requirement_mapping_sets[${si}].requirement_mappings[${i}].relationship`;
        throw new AppError(
          "validation_failed",
          `${source}: $.${field}: unknown relationship "${m.relationship}"`,
          [{ field, message: `unknown relationship "${m.relationship}"` }],
        );
      }
      const relationship = RELATIONSHIPS[m.relationship];
      return relationship
        ? [
            {
              source: { id: m.source_requirement_urn, label: null },
              target: { id: m.target_requirement_urn, label: null },
              relationship,
              rationale: (m.rationale ?? m.annotation ?? "").trim(),
            },
          ]
        : [];
    });
    return parseDocument(
      mappingSetInputSchema,
      {
        slug: slugify(String(set.ref_id ?? `${lib.ref_id}-${si + 1}`), 100, "mapping"),
        version: String(lib.version ?? "1").replace(/[^A-Za-z0-9._-]+/g, "-"),
        title: (set.name ?? lib.name).trim(),
        author: (lib.provider ?? lib.packager ?? "Unknown author").trim(),
        description: (set.description ?? lib.description ?? "").trim(),
        sourceUrl: null,
        source: ourCatalogue(set.source_framework_urn),
        target: ourCatalogue(set.target_framework_urn),
        links,
        notCovered: [],
        sourceFormat: "ciso-assistant",
      },
      source,
    );
  });
}
