import "server-only";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { importOscalCatalog } from "../../interop/oscal/import-catalog";
import { storeCatalogueVersion, type StoreResult } from "./catalogue-store";

export const CATALOGUE_DIR = path.join(process.cwd(), "prisma", "catalogues");

/**
 * Loads every *.oscal.json of `dir`. Safe to run at every start. All files are parsed and
 * validated before anything is stored, so one malformed file means nothing is inserted.
 */
export async function seedCatalogues(dir = CATALOGUE_DIR): Promise<StoreResult[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".oscal.json")).sort();
  const parsed = await Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(dir, file), "utf8");
      return {
        input: importOscalCatalog(text, path.relative(process.cwd(), path.join(dir, file))),
        digest: createHash("sha256").update(text).digest("hex"),
      };
    }),
  );
  const results: StoreResult[] = [];
  for (const { input, digest } of parsed) results.push(await storeCatalogueVersion(input, digest));
  return results;
}
