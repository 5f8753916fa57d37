import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { sampleLibraryYaml } from "../../interop/ciso-assistant/sample-library";
import {
  createMember,
  owaspCatalogue,
  sessionActor,
  suffix,
  tokenActor,
  type TestMember,
} from "../../testing/fixtures";
import { exportCatalogue } from "./catalogue-export";
import { importCatalogue } from "./catalogue-import";
import { getWorkspaceCatalogue, listWorkspaceCatalogues, setCatalogueArchived } from "./catalogue-workspace";
import { getCatalogue, listCatalogues } from "./catalogues";
import { createEvaluation, getEvaluation } from "../evaluations/evaluations";
import { createFramework } from "../evaluations/frameworks";

let a: TestMember;
let b: TestMember;
let actorA: Actor;
let actorB: Actor;
let ref: { slug: string; version: string };

const newFramework = async (actor: Actor, slug: string) =>
  (
    await createFramework(actor, slug, {
      name: `SDK ${suffix()}`,
      vendor: "V",
      productVersion: "1",
      componentTypes: ["edge"],
    })
  ).id;

beforeAll(async () => {
  await owaspCatalogue();
  [a, b] = await Promise.all([createMember({ role: "owner" }), createMember({ role: "owner" })]);
  [actorA, actorB] = await Promise.all([sessionActor(a.userId), sessionActor(b.userId)]);
  const created = await importCatalogue(actorA, a.slug, { text: sampleLibraryYaml(`t-${suffix()}`) });
  ref = { slug: created.slug, version: created.version };
});

describe("tenant segregation of imported catalogues", () => {
  it("the owning workspace sees, exports and evaluates against its catalogue", async () => {
    const c = await getWorkspaceCatalogue(actorA, a.slug, ref.slug, ref.version);
    expect(c.sections[0].criteria.map((cr) => [cr.key, cr.parentKey])).toEqual([
      ["R1", null],
      ["R1.a", "R1"],
    ]);
    expect(c.scale.levels.map((l) => l.label)).toEqual(["No", "Partly", "Yes"]);
    const token = await tokenActor(actorA, a.slug, ["read"]);
    expect((await exportCatalogue(token, ref.slug, ref.version, { format: "oscal" })).filename).toBe(
      `${ref.slug}-${ref.version}.oscal.json`,
    );
    await expect(
      createEvaluation(actorA, a.slug, { frameworkId: await newFramework(actorA, a.slug), catalogue: ref }),
    ).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("workspace B cannot see, export or use it: 404 everywhere", async () => {
    await expect(getWorkspaceCatalogue(actorB, b.slug, ref.slug, ref.version)).rejects.toMatchObject({
      code: "not_found",
    });
    expect(
      (await listWorkspaceCatalogues(actorB, b.slug)).some(
        (r) => r.slug === ref.slug && r.version === ref.version,
      ),
    ).toBe(false);
    await expect(exportCatalogue(actorB, ref.slug, ref.version, { format: "oscal" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      exportCatalogue(await tokenActor(actorB, b.slug, ["read"]), ref.slug, ref.version, {
        format: "ciso-assistant",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(exportCatalogue(null, ref.slug, ref.version, { format: "oscal" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      createEvaluation(actorB, b.slug, { frameworkId: await newFramework(actorB, b.slug), catalogue: ref }),
    ).rejects.toMatchObject({ code: "not_found", issues: [{ field: "catalogue" }] });
    await expect(setCatalogueArchived(actorB, b.slug, { ...ref, archived: true })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("stays out of the public catalogue pages and API", async () => {
    expect((await listCatalogues()).some((c) => c.slug === ref.slug)).toBe(false);
    await expect(getCatalogue(ref.slug, ref.version)).rejects.toMatchObject({ code: "not_found" });
  });

  it("a reviewer may read but not import or archive", async () => {
    const reviewer = await createMember({ role: "reviewer", slug: a.slug });
    const r = await sessionActor(reviewer.userId);
    await expect(getWorkspaceCatalogue(r, a.slug, ref.slug, ref.version)).resolves.toBeTruthy();
    await expect(
      importCatalogue(r, a.slug, { text: sampleLibraryYaml(`r-${suffix()}`) }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(setCatalogueArchived(r, a.slug, { ...ref, archived: true })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("archiving", () => {
  it("blocks new evaluations, keeps existing ones readable, and is audited and reversible", async () => {
    const created = await importCatalogue(actorA, a.slug, { text: sampleLibraryYaml(`arch-${suffix()}`) });
    const cat = { slug: created.slug, version: created.version };
    const existing = await createEvaluation(actorA, a.slug, {
      frameworkId: await newFramework(actorA, a.slug),
      catalogue: cat,
    });

    const archived = await setCatalogueArchived(actorA, a.slug, { ...cat, archived: true });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    await expect(
      createEvaluation(actorA, a.slug, { frameworkId: await newFramework(actorA, a.slug), catalogue: cat }),
    ).rejects.toMatchObject({ code: "conflict", issues: [{ field: "catalogue" }] });
    const ev = await getEvaluation(actorA, a.slug, existing.id);
    expect(ev.catalogue).toMatchObject(cat);
    expect((await getWorkspaceCatalogue(actorA, a.slug, cat.slug, cat.version)).archivedAt).toBeInstanceOf(
      Date,
    );
    expect(
      (await listWorkspaceCatalogues(actorA, a.slug, { includeArchived: false })).some(
        (r) => r.version === cat.version,
      ),
    ).toBe(false);

    await setCatalogueArchived(actorA, a.slug, { ...cat, archived: false });
    await expect(
      createEvaluation(actorA, a.slug, { frameworkId: await newFramework(actorA, a.slug), catalogue: cat }),
    ).resolves.toBeTruthy();
    const actions = await db().auditEvent.findMany({
      where: { workspaceId: a.workspaceId, action: { startsWith: "catalogue." } },
      select: { action: true },
    });
    expect(actions.map((x) => x.action)).toEqual(
      expect.arrayContaining(["catalogue.imported", "catalogue.archived", "catalogue.unarchived"]),
    );
  });

  it("refuses to archive a built-in catalogue", async () => {
    await expect(
      setCatalogueArchived(actorA, a.slug, {
        slug: "owasp-iot-framework",
        version: "2016-03-18",
        archived: true,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("the database still refuses any other change to a published catalogue", async () => {
    await expect(
      db().catalogue.update({ where: { slug_version: ref }, data: { title: "Changed" } }),
    ).rejects.toThrow(/published/);
    await expect(
      db().catalogue.update({
        where: { slug_version: ref },
        data: { title: "Changed", archivedAt: new Date() },
      }),
    ).rejects.toThrow(/published/);
  });
});
