import "server-only";
import path from "node:path";
import { importOscalCatalog } from "../../interop/oscal/import-catalog";
import { importOscalMapping } from "../../interop/oscal/import-mapping";
import { storeCatalogueVersion, type StoreResult } from "./catalogue-store";
import { storeMappingSet, type MappingStoreResult } from "./mapping-store";
import { CATALOGUE_DIR, CROSSWALK_DIR, filesOf } from "./seed-files";

export { CATALOGUE_DIR, CROSSWALK_DIR };

export type SeedResult = ({ kind: "catalogue" } & StoreResult) | ({ kind: "mapping" } & MappingStoreResult);

/**
 * Loads every *.oscal.json of `dir`, then (for the shipped catalogues) the crosswalks: their
 * target catalogues and mapping sets. Safe to run at every start. All files are parsed and
 * validated before anything is stored, so one malformed file means nothing is inserted.
 */
export async function seedCatalogues(
  dir = CATALOGUE_DIR,
  crosswalks: string | null = dir === CATALOGUE_DIR ? CROSSWALK_DIR : null,
): Promise<SeedResult[]> {
  const catalogues = (await filesOf(dir, ".oscal.json")).map((f) => ({
    ...f,
    input: importOscalCatalog(f.text, f.source),
  }));
  const targets = crosswalks
    ? (await filesOf(path.join(crosswalks, "catalogues"), ".oscal.json")).map((f) => ({
        ...f,
        input: { ...importOscalCatalog(f.text, f.source), purpose: "target" as const },
      }))
    : [];
  const mappings = crosswalks
    ? (await filesOf(path.join(crosswalks, "mappings"), ".json")).map((f) => ({
        ...f,
        input: importOscalMapping(f.text, f.source),
      }))
    : [];
  const results: SeedResult[] = [];
  for (const { input, digest } of [...catalogues, ...targets])
    results.push({ kind: "catalogue", ...(await storeCatalogueVersion(input, digest)) });
  for (const { input, digest } of mappings)
    results.push({ kind: "mapping", ...(await storeMappingSet(input, digest)) });
  return results;
}
