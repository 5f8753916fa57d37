import { beforeAll, describe, expect, it } from "vitest";
import { POST as archiveCatalogue } from "@/app/api/v1/catalogues/[slug]/[version]/archive/route";
import { POST as unarchiveCatalogue } from "@/app/api/v1/catalogues/[slug]/[version]/unarchive/route";
import { POST as archiveMapping } from "@/app/api/v1/mappings/[id]/archive/route";
import { POST as unarchiveMapping } from "@/app/api/v1/mappings/[id]/unarchive/route";
import { db } from "../db";
import { importedCatalogueFixture, importedMappingFixture } from "../services/catalogues/catalogue-fixtures";
import { call, memberWithToken } from "../testing/api-calls";
import { owaspCatalogue } from "../testing/fixtures";

beforeAll(() => owaspCatalogue());

const post = (handler: unknown, path: string, token: string, params: Record<string, string>) =>
  call(handler, "POST", path, { token, params });

describe("archiving a workspace's imported data through the API", () => {
  it("catalogues: archived and restored as the UI's toggle does, audited; built-in ones and other roles refused", async () => {
    const owner = await memberWithToken("owner");
    const { slug, version } = await importedCatalogueFixture(owner.slug);
    const path = `/api/v1/catalogues/${slug}/${version}/archive`;
    const archived = await post(archiveCatalogue, path, owner.token, { slug, version });
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ slug, version, archivedAt: expect.any(String) });
    const row = () =>
      db().catalogue.findFirstOrThrow({ where: { slug, version }, select: { archivedAt: true } });
    expect((await row()).archivedAt).not.toBeNull();
    const restored = await post(unarchiveCatalogue, path.replace("archive", "unarchive"), owner.token, {
      slug,
      version,
    });
    expect(restored.body).toEqual({ slug, version, archivedAt: null });
    expect((await row()).archivedAt).toBeNull();
    const actions = await db().auditEvent.findMany({
      where: { workspaceId: owner.workspaceId, targetType: "catalogue" },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["catalogue.archived", "catalogue.unarchived"]);

    const builtIn = await post(archiveCatalogue, "/x", owner.token, {
      slug: "owasp-iot-framework",
      version: "2016-03-18",
    });
    expect(builtIn.status).toBe(403);
    const unknown = await post(archiveCatalogue, "/x", owner.token, { slug, version: "no-such" });
    expect([unknown.status, unknown.body.error.issues[0].field]).toEqual([404, "version"]);
    const reviewer = await memberWithToken("reviewer", owner.slug);
    expect((await post(archiveCatalogue, path, reviewer.token, { slug, version })).status).toBe(403);
    const stranger = await memberWithToken("owner");
    expect((await post(archiveCatalogue, path, stranger.token, { slug, version })).status).toBe(404);
    expect((await row()).archivedAt).toBeNull();
  });

  it("mapping sets: archived and restored; a malformed or another workspace's id is 404, a reviewer 403", async () => {
    const owner = await memberWithToken("owner");
    const id = await importedMappingFixture(owner.workspaceId);
    const path = `/api/v1/mappings/${id}/archive`;
    const archived = await post(archiveMapping, path, owner.token, { id });
    expect(archived.status).toBe(200);
    expect(archived.body).toEqual({ id, archivedAt: expect.any(String) });
    const restored = await post(unarchiveMapping, path, owner.token, { id });
    expect(restored.body).toEqual({ id, archivedAt: null });

    expect((await post(archiveMapping, "/x", owner.token, { id: "not-a-uuid" })).status).toBe(404);
    const stranger = await memberWithToken("owner");
    expect((await post(archiveMapping, path, stranger.token, { id })).status).toBe(404);
    const reviewer = await memberWithToken("reviewer", owner.slug);
    expect((await post(archiveMapping, path, reviewer.token, { id })).status).toBe(403);
    const row = await db().mappingSet.findUniqueOrThrow({ where: { id }, select: { archivedAt: true } });
    expect(row.archivedAt).toBeNull();
  });
});
