import "server-only";
import { importOscalCatalog } from "../../interop/oscal/import-catalog";
import { importOscalMapping } from "../../interop/oscal/import-mapping";
import { storeCatalogueVersion, type StoreResult } from "./catalogue-store";
import { storeMappingSet, type MappingStoreResult } from "./mapping-store";
import { seedSources } from "./seed-files";

export type SeedResult = ({ kind: "catalogue" } & StoreResult) | ({ kind: "mapping" } & MappingStoreResult);

/**
 * Loads every *.oscal.json of `dir`, then (for the shipped catalogues) the crosswalks: their
 * target catalogues and mapping sets. Safe to run at every start. All files are parsed and
 * validated before anything is stored, so one malformed file means nothing is inserted.
 */
export async function seedCatalogues(dir?: string, crosswalks?: string | null): Promise<SeedResult[]> {
  const files = await seedSources(dir, crosswalks);
  const catalogues = files.catalogues.map((f) => ({ ...f, input: importOscalCatalog(f.text, f.source) }));
  const targets = files.targets.map((f) => ({
    ...f,
    input: { ...importOscalCatalog(f.text, f.source), purpose: "target" as const },
  }));
  const mappings = files.mappings.map((f) => ({ ...f, input: importOscalMapping(f.text, f.source) }));
  const results: SeedResult[] = [];
  for (const { input, digest } of [...catalogues, ...targets])
    results.push({ kind: "catalogue", ...(await storeCatalogueVersion(input, digest)) });
  for (const { input, digest } of mappings)
    results.push({ kind: "mapping", ...(await storeMappingSet(input, digest)) });
  return results;
}
