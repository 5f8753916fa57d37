import { createHash, randomUUID } from "node:crypto";
import { db } from "../../db";
import { importCisoLibrary } from "../../interop/ciso-assistant/import-library";
import { sampleLibraryYaml } from "../../interop/ciso-assistant/sample-library";
import { storeCatalogueVersion } from "./catalogue-store";

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
