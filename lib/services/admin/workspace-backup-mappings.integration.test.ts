import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import type { BackupInput } from "../../backup/schema";
import { db } from "../../db";
import { importOscalCatalog } from "../../interop/oscal/import-catalog";
import { importOscalMapping } from "../../interop/oscal/import-mapping";
import { createMember, owaspCatalogue, sessionActor, suffix, type TestMember } from "../../testing/fixtures";
import { storeCatalogueVersion } from "../catalogues/catalogue-store";
import { setMappingSetArchived } from "../catalogues/mapping-set-detail";
import { storeMappingSet } from "../catalogues/mapping-store";
import { exportWorkspaceBackup } from "./workspace-backup";
import { restoreWorkspace } from "./workspace-restore";

// A workspace's own mapping sets travel in its backup and come back identical in a restore:
// one to a built-in regulation (archived), one to a catalogue the workspace imported itself.
const CRA_MAPPING = "prisma/crosswalks/mappings/owasp-iot-to-eu-cra-annex-i.mapping.json";
const CRA_CATALOGUE = "prisma/crosswalks/catalogues/eu-cra-annex-i.oscal.json";

let owner: TestMember;
let actor: Actor;
let backup: BackupInput;
let text: string;

/** Versions a restore next to the original renames (slug+version is unique per instance) read as the original. */
const unrenamed = <T>(x: T): T => JSON.parse(JSON.stringify(x).replace(/-restored-[0-9a-f]{6}"/g, '"'));

beforeAll(async () => {
  await owaspCatalogue();
  owner = await createMember();
  actor = await sessionActor(owner.userId);
  const catalogue = importOscalCatalog(readFileSync(CRA_CATALOGUE, "utf8"), CRA_CATALOGUE);
  const ownSlug = `cra-copy-${suffix()}`;
  await storeCatalogueVersion({ ...catalogue, slug: ownSlug }, "d".repeat(64), {
    workspaceId: owner.workspaceId,
  });
  const full = importOscalMapping(readFileSync(CRA_MAPPING, "utf8"), CRA_MAPPING);
  const small = { ...full, links: full.links.slice(0, 8), notCovered: full.notCovered.slice(0, 3) };
  const toBuiltIn = await storeMappingSet({ ...small, slug: `own-cra-${suffix()}` }, "a".repeat(64), {
    workspaceId: owner.workspaceId,
    refuseExisting: true,
  });
  await storeMappingSet(
    { ...small, slug: `own-copy-${suffix()}`, target: { slug: ownSlug, version: catalogue.version } },
    "b".repeat(64),
    { workspaceId: owner.workspaceId, refuseExisting: true },
  );
  await setMappingSetArchived(actor, owner.slug, { id: toBuiltIn.id!, archived: true });
  backup = (await exportWorkspaceBackup(actor, owner.slug)).backup;
  text = JSON.stringify(backup);
}, 120_000);

describe("mapping sets in workspace backups", () => {
  it("the backup holds the workspace's own sets with links, not-covered list and archive state", () => {
    const sets = backup.mappingSets ?? [];
    expect(sets).toHaveLength(2);
    expect(sets.map((m) => [m.links.length, m.notCovered.length, m.archivedAt !== null]).sort()).toEqual([
      [8, 3, false],
      [8, 3, true],
    ]);
    // Built-in catalogues by reference, the workspace's own one in full.
    const refs = new Map(backup.catalogues.map((c) => [c.slug, c.oscal !== null]));
    expect(refs.get("owasp-iot-framework")).toBe(false);
    expect(refs.get("eu-cra-annex-i")).toBe(false);
    expect([...refs].filter(([slug, full]) => slug.startsWith("cra-copy-") && full)).toHaveLength(1);
    // Built-in sets are not the workspace's to back up.
    expect(sets.some((m) => m.slug.startsWith("owasp-iot-to-"))).toBe(false);
  });

  it("a restore into a new workspace keeps the sets identical (links, reasons, dates, archive state)", async () => {
    const ws = await restoreWorkspace(actor, text);
    expect(ws.mappingSets).toBe(2);
    const again = (await exportWorkspaceBackup(actor, ws.slug)).backup;
    expect(unrenamed(again.mappingSets)).toEqual(backup.mappingSets);
    const stored = await db().mappingSet.findMany({
      where: { workspaceId: ws.id },
      select: { status: true, target: { select: { workspaceId: true, slug: true } } },
    });
    expect(stored.every((s) => s.status === "published")).toBe(true);
    // The set to the workspace's own catalogue points at the restored copy of it, not the original.
    const own = stored.find((s) => s.target.slug.startsWith("cra-copy-"));
    expect(own?.target.workspaceId).toBe(ws.id);
  }, 60_000);

  it("refuses a set whose link names no requirement, or whose catalogue is not listed, storing nothing", async () => {
    const workspaces = await db().workspace.count();
    const badKey = structuredClone(backup);
    badKey.mappingSets![0].links[2].targetKey = "XX(99)";
    await expect(restoreWorkspace(actor, JSON.stringify(badKey))).rejects.toMatchObject({
      code: "validation_failed",
      issues: [
        { field: "$.mappingSets[0].links[2].targetKey", message: expect.stringMatching(/not a requirement/) },
      ],
    });
    const unlisted = structuredClone(backup);
    unlisted.mappingSets![1].source = { slug: "owasp-iot-framework", version: "1999" };
    await expect(restoreWorkspace(actor, JSON.stringify(unlisted))).rejects.toMatchObject({
      code: "validation_failed",
      issues: [{ field: "$.mappingSets[1].source", message: "not listed in $.catalogues" }],
    });
    expect(await db().workspace.count()).toBe(workspaces);
  }, 60_000);
});
