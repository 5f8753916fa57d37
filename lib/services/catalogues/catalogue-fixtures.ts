import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { db } from "../../db";
import { importCisoLibrary } from "../../interop/ciso-assistant/import-library";
import { sampleLibraryYaml } from "../../interop/ciso-assistant/sample-library";
import { importOscalMapping } from "../../interop/oscal/import-mapping";
import { storeCatalogueVersion } from "./catalogue-store";
import { storeMappingSet } from "./mapping-store";

/**
 * Test fixture: a small catalogue owned by workspace `slug`, written directly (no actor), so a
 * test of archive or tenant rules does not depend on who may import.
 */
export async function importedCatalogueFixture(slug: string) {
  const ws = await db().workspace.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const version = `fx-${randomUUID().slice(0, 8)}`;
  const text = sampleLibraryYaml(version);
  const stored = await storeCatalogueVersion(
    importCisoLibrary(text, "fixture.yaml"),
    createHash("sha256").update(text).digest("hex"),
    { workspaceId: ws.id, refuseExisting: true },
  );
  return { slug: stored.slug, version: stored.version, workspaceId: ws.id };
}

const CRA_FILE = "prisma/crosswalks/mappings/owasp-iot-to-eu-cra-annex-i.mapping.json";

/**
 * Test fixture: workspace `workspaceId`'s own small CRA mapping set (the built-in crosswalk's
 * first 6 links, 2 not covered), written directly. Needs the OWASP and CRA catalogues loaded.
 */
export async function importedMappingFixture(workspaceId: string) {
  const full = importOscalMapping(readFileSync(CRA_FILE, "utf8"), CRA_FILE);
  const stored = await storeMappingSet(
    {
      ...full,
      slug: `own-cra-${randomUUID().slice(0, 8)}`,
      links: full.links.slice(0, 6),
      notCovered: full.notCovered.slice(0, 2),
    },
    "c".repeat(64),
    { workspaceId, refuseExisting: true },
  );
  return stored.id!;
}
