import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { DEFAULT_SCALE, type CatalogueInput } from "../../schemas/catalogue";
import { storeCatalogueVersion } from "./catalogue-store";
import { seedCatalogues } from "./catalogue-seed";
import { criterionPage, homePage } from "./catalogue-pages";
import { getCatalogue, getCriterion, listCatalogues } from "./catalogues";

const counts = async () => ({
  catalogues: await db().catalogue.count(),
  sections: await db().section.count(),
  criteria: await db().criterion.count(),
});

const tiny = (slug: string, title = "One"): CatalogueInput => ({
  slug,
  version: "1",
  title: "Tiny",
  publisher: "Tests",
  publishedOn: null,
  sourceUrl: null,
  licence: null,
  description: null,
  scale: DEFAULT_SCALE,
  sourceFormat: "oscal",
  sections: [
    {
      key: "S",
      title: "Section",
      description: "",
      criteria: [{ key: "S-1", parentKey: null, title, description: "", guidance: "", levelGuidance: {} }],
    },
  ],
});

beforeAll(async () => {
  await seedCatalogues();
});

describe("catalogue seed", () => {
  it("loads the OWASP catalogue once; a restart duplicates nothing", async () => {
    const before = await counts();
    const again = await seedCatalogues();
    expect(again.find((r) => r.slug === "owasp-iot-framework")).toMatchObject({
      status: "unchanged",
      criteriaCount: 58,
    });
    expect(await counts()).toEqual(before);
    const owasp = await db().catalogue.findFirstOrThrow({
      where: { slug: "owasp-iot-framework" },
      include: { _count: { select: { sections: true, criteria: true } } },
    });
    expect(owasp._count).toEqual({ sections: 4, criteria: 58 });
    expect(owasp.status).toBe("published");
  });

  it("fails on a malformed file, naming the file and JSON path, and inserts nothing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "catalogues-"));
    const good = JSON.parse(readFileSync("prisma/catalogues/owasp-iot-framework-2016.oscal.json", "utf8"));
    good.catalog.metadata.props[0].value = "another-catalogue"; // a new slug: would be inserted if valid
    writeFileSync(path.join(dir, "a-good.oscal.json"), JSON.stringify(good));
    const bad = structuredClone(good);
    bad.catalog.groups[2].controls[4].title = 42;
    writeFileSync(path.join(dir, "b-bad.oscal.json"), JSON.stringify(bad));
    const before = await counts();
    await expect(seedCatalogues(dir)).rejects.toThrow(
      /b-bad\.oscal\.json.*\$\.catalog\.groups\[2\]\.controls\[4\]\.title/,
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses different content under an existing version, changing nothing", async () => {
    await storeCatalogueVersion(tiny("conflict-test"), "a".repeat(64));
    const before = await counts();
    await expect(
      storeCatalogueVersion(tiny("conflict-test", "Changed"), "b".repeat(64)),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await counts()).toEqual(before);
  });
});

describe("published catalogues are immutable", () => {
  it("rejects edits and deletions of a published version and its rows, in the database itself", async () => {
    await storeCatalogueVersion(tiny("immutable-test"), "c".repeat(64));
    const cat = await db().catalogue.findFirstOrThrow({ where: { slug: "immutable-test" } });
    await expect(
      db().criterion.updateMany({ where: { catalogueId: cat.id }, data: { title: "Edited" } }),
    ).rejects.toThrow(/published/);
    await expect(db().catalogue.update({ where: { id: cat.id }, data: { title: "Edited" } })).rejects.toThrow(
      /published/,
    );
    await expect(db().catalogue.delete({ where: { id: cat.id } })).rejects.toThrow(/published/);
    const section = await db().section.findFirstOrThrow({ where: { catalogueId: cat.id } });
    await expect(
      db().criterion.create({
        data: { catalogueId: cat.id, sectionId: section.id, key: "S-2", title: "Sneaked in", position: 9 },
      }),
    ).rejects.toThrow(/published/);
    expect((await db().criterion.findFirstOrThrow({ where: { catalogueId: cat.id } })).title).toBe("One");
  });
});

describe("catalogue reads", () => {
  it("lists published catalogues with counts", async () => {
    const list = await listCatalogues();
    expect(list.find((c) => c.slug === "owasp-iot-framework")).toMatchObject({
      version: "2016-03-18",
      sectionCount: 4,
      criterionCount: 58,
      publisher: "OWASP Foundation",
    });
  });

  it("returns sections and criteria in document order", async () => {
    const c = await getCatalogue("owasp-iot-framework", "2016-03-18");
    expect(c.sections.map((s) => s.key)).toEqual(["EDGE", "GW", "CLOUD", "MOBILE"]);
    expect(c.sections[0].criteria.map((x) => x.key).slice(0, 3)).toEqual(["EDGE-01", "EDGE-02", "EDGE-03"]);
    expect(c.source).toMatchObject({
      publisher: "OWASP Foundation",
      publishedOn: "2016-03-18",
      licence: "CC BY-SA 3.0",
    });
  });

  it("finds a criterion with its neighbours across section boundaries", async () => {
    const r = await getCriterion("owasp-iot-framework", "2016-03-18", "GW-01");
    expect(r.section.title).toBe("Gateway");
    expect(r.previous?.key).toBe("EDGE-26");
    expect(r.next?.key).toBe("GW-02");
  });

  it("criterionPage: the links around a criterion and the tab's title; homePage features OWASP", async () => {
    const r = await criterionPage("owasp-iot-framework", "2016-03-18", "GW-01");
    const base = "/catalogues/owasp-iot-framework/2016-03-18";
    expect(r.documentTitle).toBe(`GW-01 ${r.criterion.title}`);
    expect(r.links).toEqual({
      catalogue: base,
      section: `${base}?section=GW`,
      previous: { key: "EDGE-26", title: r.previous!.title, href: `${base}/criteria/EDGE-26` },
      next: { key: "GW-02", title: r.next!.title, href: `${base}/criteria/GW-02` },
    });
    expect((await homePage()).featured?.slug).toBe("owasp-iot-framework");
  });

  it.each([
    ["unknown slug", "nope", "2016-03-18", "EDGE-01"],
    ["unknown version", "owasp-iot-framework", "1999", "EDGE-01"],
    ["unknown key", "owasp-iot-framework", "2016-03-18", "EDGE-99"],
    ["hostile slug", '\'; DROP TABLE "Catalogue"; --', "1", "EDGE-01"],
    ["hostile key", "owasp-iot-framework", "2016-03-18", "<script>"],
  ])("answers not_found for an %s", async (_, slug, version, key) => {
    await expect(getCriterion(slug, version, key)).rejects.toMatchObject({ code: "not_found" });
  });
});
