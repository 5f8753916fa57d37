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

export async function filesOf(dir: string, suffix: string) {
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

/** The digests of the shipped files, as seedCatalogues() stores them. */
export async function shippedDigests() {
  const digests = async (dir: string, suffix: string) => (await filesOf(dir, suffix)).map((f) => f.digest);
  return {
    catalogues: [
      ...(await digests(CATALOGUE_DIR, ".oscal.json")),
      ...(await digests(path.join(CROSSWALK_DIR, "catalogues"), ".oscal.json")),
    ],
    mappings: await digests(path.join(CROSSWALK_DIR, "mappings"), ".json"),
  };
}
