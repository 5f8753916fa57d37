import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { importOscalMapping } from "../../interop/oscal/import-mapping";
import type { MappingSetInput } from "../../schemas/mapping";
import { createEvaluationFixture, createMember, owaspCatalogue, sessionActor } from "../../testing/fixtures";
import { createEvaluation } from "../evaluations/evaluations";
import { seedCatalogues } from "./catalogue-seed";
import { evaluationsPage, profilesPage } from "./library-pages";
import { storeMappingSet } from "./mapping-store";

const CRA_FILE = "prisma/crosswalks/mappings/owasp-iot-to-eu-cra-annex-i.mapping.json";
const cra = () => importOscalMapping(readFileSync(CRA_FILE, "utf8"), CRA_FILE);
const counts = async () => ({ sets: await db().mappingSet.count(), links: await db().mappingLink.count() });
const owaspRef = { slug: "owasp-iot-framework", version: "2016-03-18" };

/** A small variant of the shipped CRA mapping under a new slug (so it would be stored if valid). */
function variant(slug: string, change: (m: MappingSetInput) => void = () => {}): MappingSetInput {
  const m = { ...cra(), slug, links: cra().links.slice(0, 3), notCovered: cra().notCovered.slice(0, 1) };
  change(m);
  return m;
}

beforeAll(async () => {
  await owaspCatalogue(); // seeds catalogues and crosswalks once
});

describe("crosswalk seed", () => {
  it("loads the three regulations as targets and their mapping sets; a restart duplicates nothing", async () => {
    const targets = await db().catalogue.findMany({
      where: { purpose: "target", workspaceId: null },
      select: { slug: true, status: true, _count: { select: { criteria: true } } },
      orderBy: { slug: "asc" },
    });
    expect(targets.map((t) => [t.slug, t._count.criteria, t.status])).toEqual([
      ["etsi-en-303-645", 67, "published"],
      ["eu-cra-annex-i", 22, "published"],
      ["nist-ir-8425", 22, "published"],
    ]);
    const sets = await db().mappingSet.findMany({
      where: { workspaceId: null },
      select: {
        slug: true,
        status: true,
        source: { select: { slug: true } },
        _count: { select: { links: true } },
      },
      orderBy: { slug: "asc" },
    });
    expect(sets.map((s) => [s.slug, s.source.slug, s.status])).toEqual([
      ["owasp-iot-to-etsi-en-303-645", "owasp-iot-framework", "published"],
      ["owasp-iot-to-eu-cra-annex-i", "owasp-iot-framework", "published"],
      ["owasp-iot-to-nist-ir-8425", "owasp-iot-framework", "published"],
    ]);
    expect(sets.every((s) => s._count.links > 50)).toBe(true);
    const before = await counts();
    const again = await seedCatalogues();
    expect(again.filter((r) => r.kind === "mapping").map((r) => r.status)).toEqual(
      Array(3).fill("unchanged"),
    );
    expect(await counts()).toEqual(before);
  });

  it("stores the CRA's vulnerability-handling duties as not covered, each with its reason", async () => {
    const set = await db().mappingSet.findFirstOrThrow({
      where: { slug: "owasp-iot-to-eu-cra-annex-i" },
      select: { notCovered: true, links: { select: { targetKey: true } } },
    });
    const notCovered = set.notCovered as Array<{ key: string; reason: string }>;
    expect(notCovered.map((n) => n.key)).toEqual(expect.arrayContaining(["II(5)", "II(6)"]));
    expect(notCovered.every((n) => n.reason.length > 20)).toBe(true);
    const linked = new Set(set.links.map((l) => l.targetKey));
    expect(notCovered.some((n) => linked.has(n.key))).toBe(false);
  });

  it("keeps a published mapping set immutable except for archiving", async () => {
    const set = await db().mappingSet.findFirstOrThrow({ where: { slug: "owasp-iot-to-nist-ir-8425" } });
    await expect(
      db().mappingLink.updateMany({ where: { mappingSetId: set.id }, data: { rationale: "x" } }),
    ).rejects.toThrow(/published mapping set/);
    await expect(
      db().mappingSet.update({ where: { id: set.id }, data: { title: "Changed" } }),
    ).rejects.toThrow(/is published/);
    await db().mappingSet.update({ where: { id: set.id }, data: { archivedAt: new Date() } });
    await db().mappingSet.update({ where: { id: set.id }, data: { archivedAt: null } });
  });
});

describe("storeMappingSet refuses what does not resolve, and stores nothing", () => {
  it.each([
    [
      "an unknown criterion",
      (m: MappingSetInput) => (m.links[1].source = { id: "edge-99", label: "EDGE-99" }),
      "links[1].source",
    ],
    [
      "an unknown requirement",
      (m: MappingSetInput) => (m.links[0].target = { id: "cra-x", label: null }),
      "links[0].target",
    ],
    [
      "a pair linked twice with different relationships",
      (m: MappingSetInput) => (m.links[2] = { ...m.links[0], relationship: "equivalent" }),
      "links[2]",
    ],
    [
      "a linked requirement declared not covered",
      (m: MappingSetInput) => (m.notCovered = [{ target: m.links[0].target, reason: "no" }]),
      "notCovered[0]",
    ],
    [
      "an unknown source catalogue",
      (m: MappingSetInput) => (m.source = { ...owaspRef, version: "1999" }),
      "source",
    ],
  ])("%s", async (_, change, field) => {
    const before = await counts();
    const err = await storeMappingSet(
      variant(`bad-${field.replace(/\W/g, "")}`, change),
      "b".repeat(64),
    ).catch((e) => e);
    expect(err.code).toBe("validation_failed");
    expect(err.issues[0].field).toBe(field);
    expect(await counts()).toEqual(before);
  });

  it("stores a valid one, resolving OSCAL ids through the catalogue's own ids", async () => {
    const m = variant("cra-subset", (v) => {
      // Without labels, references resolve by the ids the catalogues were imported with.
      v.links = v.links.map((l) => ({
        ...l,
        source: { ...l.source, label: null },
        target: { ...l.target, label: null },
      }));
    });
    // In a workspace of its own: a built-in set would show in every other test file's readiness.
    const owner = await createMember({ role: "owner" });
    const r = await storeMappingSet(m, "c".repeat(64), { workspaceId: owner.workspaceId });
    expect(r).toMatchObject({ status: "created", links: 3, notCovered: 1 });
    const stored = await db().mappingLink.findMany({
      where: { mappingSet: { slug: "cra-subset" } },
      orderBy: { position: "asc" },
      select: { sourceKey: true, targetKey: true },
    });
    expect(stored).toEqual(
      cra()
        .links.slice(0, 3)
        .map((l) => ({ sourceKey: l.source.label, targetKey: l.target.label })),
    );
    await expect(
      storeMappingSet(m, "d".repeat(64), { workspaceId: owner.workspaceId }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
  });
});

describe("regulations are reached through mappings, never scored", () => {
  it("refuses an evaluation of a target catalogue, naming the field", async () => {
    const owner = await createMember({ role: "owner" });
    const { frameworkId } = await createEvaluationFixture(owner.slug);
    const actor = await sessionActor(owner.userId);
    const before = await db().evaluation.count();
    const err = await createEvaluation(actor, owner.slug, {
      frameworkId,
      catalogue: { slug: "eu-cra-annex-i", version: "2024-11-20" },
    }).catch((e) => e);
    expect(err.code).toBe("validation_failed");
    expect(err.issues).toEqual([{ field: "catalogue", message: "a regulation cannot be scored directly" }]);
    expect(await db().evaluation.count()).toBe(before);
  });

  it("offers only assessment catalogues to start an evaluation or edit a profile", async () => {
    const owner = await createMember({ role: "owner" });
    const actor = await sessionActor(owner.userId);
    const { catalogueOptions } = await evaluationsPage(actor, owner.slug);
    // Other test files add built-in catalogues to the same database: look for ours only.
    const refs = catalogueOptions.map((c) => c.ref);
    expect(refs).toContain(`${owaspRef.slug}@${owaspRef.version}`);
    for (const target of ["eu-cra-annex-i", "etsi-en-303-645", "nist-ir-8425"])
      expect(refs.some((r) => r.startsWith(`${target}@`))).toBe(false);
    const { sections } = await profilesPage(actor, owner.slug);
    expect(sections.map((s) => s.key)).toEqual(["EDGE", "GW", "CLOUD", "MOBILE"]);
  });
});
