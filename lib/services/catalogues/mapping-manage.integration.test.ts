import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { addMembership, createMember, owaspCatalogue, sessionActor } from "../../testing/fixtures";
import { importedMappingFixture } from "./catalogue-fixtures";
import { mappingSetPage, mappingSetsPage } from "./mapping-pages";
import { setMappingSetArchived } from "./mapping-set-detail";
import { crosswalksFrom } from "../evaluations/readiness";

/** A workspace with an owner, a reviewer and its own small CRA mapping (the first 6 links, 2 not covered). */
async function workspaceWithMapping() {
  const owner = await createMember({ role: "owner" });
  const reviewer = await createMember({ role: "reviewer", slug: owner.slug });
  const id = await importedMappingFixture(owner.workspaceId);
  return { owner, reviewer, id, actor: await sessionActor(owner.userId) };
}

beforeAll(async () => {
  await owaspCatalogue();
});

describe("mapping set detail view", () => {
  it("shows both catalogues, counts by relationship, the rows and the not-covered list", async () => {
    const { owner, id, actor } = await workspaceWithMapping();
    const view = await mappingSetPage(actor, owner.slug, id, {});
    expect(view.set).toMatchObject({
      source: { slug: "owasp-iot-framework" },
      target: { slug: "eu-cra-annex-i" },
      origin: "Imported into this workspace",
      archivedOn: null,
    });
    expect(view.totalLinks).toBe(6);
    expect(view.counts.reduce((n, c) => n + c.count, 0)).toBe(6);
    expect(view.shownLinks).toBe(6);
    expect(view.rows[0].title).not.toBe("");
    expect(view.rows[0].targets[0].title).not.toBe("");
    expect(view.notCovered).toHaveLength(2);
    expect(view.notCovered.every((n) => n.title && n.reason)).toBe(true);
    expect(view.downloads.map((d) => d.href)).toEqual([
      `/w/${owner.slug}/mappings/${id}/export?format=oscal`,
      `/w/${owner.slug}/mappings/${id}/export?format=ciso-assistant`,
    ]);
    expect(view.archive).toMatchObject({ archived: true });
    const first = view.rows[0];
    const filtered = await mappingSetPage(actor, owner.slug, id, {
      q: first.key,
      rel: first.targets[0].relationship,
    });
    expect(filtered.rows.map((r) => r.key)).toEqual([first.key]);
    expect(filtered.filtered).toBe(true);
  });

  it("a built-in set reads for everyone but offers no archive; a reviewer sees no archive either", async () => {
    const { owner, reviewer, id } = await workspaceWithMapping();
    const builtIn = await db().mappingSet.findFirstOrThrow({
      where: { slug: "owasp-iot-to-eu-cra-annex-i", workspaceId: null },
      select: { id: true },
    });
    const asOwner = await mappingSetPage(await sessionActor(owner.userId), owner.slug, builtIn.id, {});
    expect(asOwner.set.origin).toBe("Built-in");
    expect(asOwner.archive).toBeNull();
    expect(asOwner.notCovered.map((n) => n.key)).toEqual(expect.arrayContaining(["II(5)", "II(6)"]));
    const asReviewer = await mappingSetPage(await sessionActor(reviewer.userId), owner.slug, id, {});
    expect(asReviewer.archive).toBeNull();
    expect((await mappingSetsPage(await sessionActor(reviewer.userId), owner.slug)).canImport).toBe(false);
  });

  it("another workspace's set, a malformed id and an unknown id are not found", async () => {
    const { id } = await workspaceWithMapping();
    const other = await createMember({ role: "owner" });
    const actor = await sessionActor(other.userId);
    for (const wanted of [id, "not-a-uuid", "01900000-0000-7000-8000-000000000000"])
      await expect(mappingSetPage(actor, other.slug, wanted, {})).rejects.toMatchObject({
        code: "not_found",
      });
  });
});

describe("archiving a mapping set", () => {
  it("the owner archives and restores it; the list shows it archived; both are audited", async () => {
    const { owner, id, actor } = await workspaceWithMapping();
    const archived = await setMappingSetArchived(actor, owner.slug, { id, archived: true });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    const { rows } = await mappingSetsPage(actor, owner.slug);
    expect(rows.find((r) => r.id === id)?.archivedAt).toEqual(archived.archivedAt);
    expect((await mappingSetPage(actor, owner.slug, id, {})).archive).toMatchObject({ archived: false });
    await setMappingSetArchived(actor, owner.slug, { id, archived: false });
    expect((await mappingSetPage(actor, owner.slug, id, {})).set.archivedOn).toBeNull();
    const events = await db().auditEvent.findMany({
      where: { workspaceId: owner.workspaceId, targetId: id },
      orderBy: { at: "asc" },
      select: { action: true },
    });
    expect(events.map((e) => e.action)).toEqual(["mapping.archived", "mapping.unarchived"]);
  });

  it("refuses a reviewer, another workspace's set (404), a built-in set and a bad id, changing nothing", async () => {
    const { owner, reviewer, id } = await workspaceWithMapping();
    await expect(
      setMappingSetArchived(await sessionActor(reviewer.userId), owner.slug, { id, archived: true }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const other = await createMember({ role: "owner" });
    // An owner elsewhere, even as a member here with a lower role, cannot reach it from their workspace.
    await addMembership(owner.workspaceId, other.userId, "viewer");
    const otherActor = await sessionActor(other.userId);
    await expect(setMappingSetArchived(otherActor, other.slug, { id, archived: true })).rejects.toMatchObject(
      {
        code: "not_found",
      },
    );
    const builtIn = await db().mappingSet.findFirstOrThrow({
      where: { slug: "owasp-iot-to-etsi-en-303-645", workspaceId: null },
      select: { id: true },
    });
    await expect(
      setMappingSetArchived(otherActor, other.slug, { id: builtIn.id, archived: true }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      setMappingSetArchived(otherActor, other.slug, { id: "nope", archived: true }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      issues: [expect.objectContaining({ field: "id" })],
    });
    const rows = await db().mappingSet.findMany({
      where: { id: { in: [id, builtIn.id] } },
      select: { archivedAt: true },
    });
    expect(rows.every((r) => r.archivedAt === null)).toBe(true);
  });
});

describe("one crosswalk per regulation", () => {
  it("the workspace's own mapping to a regulation replaces the built-in one while it is published, and only there", async () => {
    const { owner, id, actor } = await workspaceWithMapping();
    const owasp = { slug: "owasp-iot-framework", version: "2016-03-18" };
    const cras = async (workspaceId: string) =>
      (await crosswalksFrom(workspaceId, owasp)).filter((c) => c.target.slug === "eu-cra-annex-i");
    const mine = await crosswalksFrom(owner.workspaceId, owasp);
    expect(mine.map((c) => c.target.slug).sort()).toEqual([
      "etsi-en-303-645",
      "eu-cra-annex-i",
      "nist-ir-8425",
    ]);
    expect((await cras(owner.workspaceId)).map((c) => c.links.length)).toEqual([6]);
    // Another workspace still reads the built-in set.
    const other = await createMember({ role: "owner" });
    expect((await cras(other.workspaceId)).map((c) => c.links.length)).toEqual([98]);
    // Archived, the own set stops counting and the built-in one is back.
    await setMappingSetArchived(actor, owner.slug, { id, archived: true });
    expect((await cras(owner.workspaceId)).map((c) => c.links.length)).toEqual([98]);
  });
});
