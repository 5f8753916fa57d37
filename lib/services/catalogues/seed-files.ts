/**
 * The shipped catalogue and crosswalk files and their digests. Apart from the seeding itself
 * (catalogue-seed.ts), so that `npm start` can tell whether there is anything to seed without
 * loading the importers and Prisma (lib/postgres/start-state.ts).
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export const CATALOGUE_DIR = path.join(process.cwd(), "prisma", "catalogues");
/** Regulations (catalogues/) and the mapping sets from OWASP IoT to them (mappings/). */
export const CROSSWALK_DIR = path.join(process.cwd(), "prisma", "crosswalks");

async function filesOf(dir: string, suffix: string) {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(suffix)).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      const text = await readFile(file, "utf8");
      return {
        text,
        source: path.relative(process.cwd(), file),
        digest: createHash("sha256").update(text).digest("hex"),
      };
    }),
  );
}

export type SeedFile = Awaited<ReturnType<typeof filesOf>>[number];

/**
 * The files seedCatalogues() loads: every *.oscal.json of `dir`, then, with `crosswalks` (the
 * default for the shipped catalogues), their target catalogues and mapping sets. The one list
 * of them: the seeding, `npm start`'s check and the database template's key all read it.
 */
export async function seedSources(
  dir = CATALOGUE_DIR,
  crosswalks: string | null = dir === CATALOGUE_DIR ? CROSSWALK_DIR : null,
): Promise<{ catalogues: SeedFile[]; targets: SeedFile[]; mappings: SeedFile[] }> {
  return {
    catalogues: await filesOf(dir, ".oscal.json"),
    targets: crosswalks ? await filesOf(path.join(crosswalks, "catalogues"), ".oscal.json") : [],
    mappings: crosswalks ? await filesOf(path.join(crosswalks, "mappings"), ".json") : [],
  };
}

/** The digests of the shipped files, as seedCatalogues() stores them. */
export async function shippedDigests() {
  const { catalogues, targets, mappings } = await seedSources();
  return {
    catalogues: [...catalogues, ...targets].map((f) => f.digest),
    mappings: mappings.map((f) => f.digest),
  };
}
