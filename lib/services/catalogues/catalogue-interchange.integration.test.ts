import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { createMember, owaspCatalogue, sessionActor, suffix, type TestMember } from "../../testing/fixtures";
import { importOscalCatalog } from "../../interop/oscal/import-catalog";
import { sampleLibraryYaml } from "../../interop/ciso-assistant/sample-library";
import { oscalErrors } from "../../testing/oscal-schema";
import { exportCatalogue } from "./catalogue-export";
import { importCatalogue } from "./catalogue-import";
import { getWorkspaceCatalogue, listWorkspaceCatalogues } from "./catalogue-workspace";
import { getCatalogue } from "./catalogues";

const FIXTURES = path.join(process.cwd(), "../shared/fixtures/oscal");
const MODERATE = readFileSync(
  path.join(FIXTURES, "NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json"),
  "utf8",
);
const BASIC = readFileSync(path.join(FIXTURES, "basic-catalog.json"), "utf8");
const MODERATE_SLUG = "nist-special-publication-800-53-revision-5-1-1-moderate-impact-baseline";

let owner: TestMember;
let actor: Actor;

const rowCounts = async () => ({
  catalogues: await db().catalogue.count(),
  sections: await db().section.count(),
  criteria: await db().criterion.count(),
});
/** Content only: what a re-import must reproduce. */
const content = (c: Awaited<ReturnType<typeof getWorkspaceCatalogue>>) => ({
  title: c.title,
  description: c.description,
  scale: c.scale,
  sections: c.sections,
});

beforeAll(async () => {
  await owaspCatalogue();
  owner = await createMember({ role: "owner" });
  actor = await sessionActor(owner.userId);
});

describe("OSCAL catalog import", () => {
  it("imports the NIST 800-53 rev5 moderate baseline in one go: 18 families, 177 controls + 110 enhancements", async () => {
    const started = performance.now();
    const result = await importCatalogue(actor, owner.slug, { text: MODERATE, filename: "moderate.json" });
    const ms = performance.now() - started;
    expect(result).toEqual({ slug: MODERATE_SLUG, version: "5.1.1-u4", criteriaCount: 287 });
    expect(ms).toBeLessThan(10_000); // a generous guard only; the real figure is in the benchmark
    const row = await db().catalogue.findUniqueOrThrow({
      where: { slug_version: { slug: MODERATE_SLUG, version: "5.1.1-u4" } },
      select: {
        id: true,
        workspaceId: true,
        status: true,
        sourceFormat: true,
        _count: { select: { sections: true, criteria: true } },
      },
    });
    expect(row).toMatchObject({
      workspaceId: owner.workspaceId,
      status: "published",
      sourceFormat: "oscal",
      _count: { sections: 18, criteria: 287 },
    });
    expect(await db().criterion.count({ where: { catalogueId: row.id, parentKey: { not: null } } })).toBe(
      110,
    );
    const ac22 = await db().criterion.findFirstOrThrow({ where: { catalogueId: row.id, key: "AC-2(2)" } });
    expect(ac22.parentKey).toBe("AC-2");
    expect(ac22.description.length).toBeGreaterThan(20);
    expect(await db().auditEvent.count({ where: { action: "catalogue.imported", targetId: row.id } })).toBe(
      1,
    );
  });

  it("imports NIST's basic example catalog: 2 sections, 4 criteria", async () => {
    const result = await importCatalogue(actor, owner.slug, { text: BASIC, version: `basic-${suffix()}` });
    expect(result.criteriaCount).toBe(4);
    const c = await getWorkspaceCatalogue(actor, owner.slug, result.slug, result.version);
    expect(c.sections.map((s) => s.criteria.length)).toEqual([2, 2]);
  });

  it("round-trips: export as OSCAL → import under a new version → the same content", async () => {
    const file = await exportCatalogue(actor, MODERATE_SLUG, "5.1.1-u4", { format: "oscal" });
    const again = await importCatalogue(actor, owner.slug, { text: file.body, version: `rt-${suffix()}` });
    const [a, b] = await Promise.all([
      getWorkspaceCatalogue(actor, owner.slug, MODERATE_SLUG, "5.1.1-u4"),
      getWorkspaceCatalogue(actor, owner.slug, again.slug, again.version),
    ]);
    expect(content(b)).toEqual(content(a));
    expect(b.source).toEqual(a.source);
  });

  it("refuses a malformed file with the JSON path of the problem, and a taken version with 409; nothing stored", async () => {
    const before = await rowCounts();
    const broken = JSON.parse(BASIC);
    delete broken.catalog.groups[1].title;
    await expect(importCatalogue(actor, owner.slug, { text: JSON.stringify(broken) })).rejects.toMatchObject({
      code: "validation_failed",
      message: expect.stringContaining("$.catalog.groups[1].title"),
    });
    await expect(importCatalogue(actor, owner.slug, { text: "{ nope" })).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(
      importCatalogue(actor, owner.slug, { text: `{"catalog":${"[".repeat(500)}${"]".repeat(500)}}` }),
    ).rejects.toMatchObject({ message: expect.stringContaining("nested more than 64") });
    await expect(
      importCatalogue(actor, owner.slug, { text: "urn: !!js/function x", format: "ciso-assistant" }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    await expect(importCatalogue(actor, owner.slug, { text: MODERATE })).rejects.toMatchObject({
      code: "conflict",
      issues: [{ field: "version" }],
    });
    await expect(
      importCatalogue(actor, owner.slug, { text: BASIC, version: "bad version!" }),
    ).rejects.toMatchObject({ code: "validation_failed", issues: [{ field: "version" }] });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("CISO Assistant library", () => {
  it("exports the built-in OWASP catalogue: 4 depth-1 sections, 58 depth-2 assessable criteria, stable URNs", async () => {
    const file = await exportCatalogue(null, "owasp-iot-framework", "2016-03-18", {
      format: "ciso-assistant",
    });
    expect(file.contentType).toBe("application/yaml");
    const nodes = parse(file.body).objects.framework.requirement_nodes as Array<{
      urn: string;
      depth: number;
      assessable: boolean;
    }>;
    expect(nodes.filter((n) => n.depth === 1 && !n.assessable)).toHaveLength(4);
    expect(nodes.filter((n) => n.depth === 2 && n.assessable)).toHaveLength(58);
    expect(
      nodes.every((n) =>
        /^urn:scorecard:risk:req_node:owasp-iot-framework-2016-03-18:[a-z0-9._-]+$/.test(n.urn),
      ),
    ).toBe(true);
    expect(
      (await exportCatalogue(null, "owasp-iot-framework", "2016-03-18", { format: "ciso-assistant" })).body,
    ).toBe(file.body);
  });

  it("OWASP → YAML → import gives the same criteria", async () => {
    const file = await exportCatalogue(null, "owasp-iot-framework", "2016-03-18", {
      format: "ciso-assistant",
    });
    // Under another slug too: other test files look the built-in OWASP catalogue up by its slug.
    const text = file.body.replaceAll("ref_id: owasp-iot-framework\n", `ref_id: owasp-rt-${suffix()}\n`);
    const back = await importCatalogue(actor, owner.slug, { text, version: `yaml-${suffix()}` });
    expect(back.criteriaCount).toBe(58);
    const [a, b] = [
      await getCatalogue("owasp-iot-framework", "2016-03-18"),
      await getWorkspaceCatalogue(actor, owner.slug, back.slug, back.version),
    ];
    const strip = (c: typeof a) =>
      c.sections.map((s) => ({ ...s, criteria: s.criteria.map((cr) => ({ ...cr, levelGuidance: {} })) }));
    expect(strip(b)).toEqual(strip(a));
    expect(b.source.format).toBe("ciso-assistant");
  });

  it("keeps a 4,096-character copyright whole through storage and both exports, each valid for its reader", async () => {
    const copyright = "Licensed under terms that run long.\n\n".padEnd(4_096, "x");
    const refId = `long-licence-${suffix()}`;
    const text = sampleLibraryYaml(1, refId).replace(
      "copyright: CC0",
      `copyright: ${JSON.stringify(copyright)}`,
    );
    const stored = await importCatalogue(actor, owner.slug, { text, version: "2025-06-13" });
    const yaml = parse(
      (await exportCatalogue(actor, stored.slug, stored.version, { format: "ciso-assistant" })).body,
    ) as Record<string, unknown>;
    // CISO Assistant's loader does int(version): an integer, with our label beside it.
    expect(yaml).toMatchObject({ copyright, version: 20250613, scorecard_version: "2025-06-13" });
    const oscal = JSON.parse(
      (await exportCatalogue(actor, stored.slug, stored.version, { format: "oscal" })).body,
    );
    expect(oscalErrors(oscal)).toEqual([]);
    expect(importOscalCatalog(JSON.stringify(oscal), "back.json").licence).toBe(copyright);
  });

  it("an unknown format value is refused by name", async () => {
    await expect(
      exportCatalogue(null, "owasp-iot-framework", "2016-03-18", { format: "xml" }),
    ).rejects.toMatchObject({ code: "validation_failed", issues: [{ field: "format" }] });
  });
});

describe("workspace catalogue listing", () => {
  it("lists built-in and own catalogues with format and counts; the public listing shows built-in only", async () => {
    const rows = await listWorkspaceCatalogues(actor, owner.slug);
    expect(rows.find((r) => r.slug === "owasp-iot-framework")).toMatchObject({
      builtIn: true,
      sourceFormat: "oscal",
      criterionCount: 58,
    });
    expect(rows.find((r) => r.slug === MODERATE_SLUG && r.version === "5.1.1-u4")).toMatchObject({
      builtIn: false,
      criterionCount: 287,
      sectionCount: 18,
      archivedAt: null,
    });
    await expect(getCatalogue(MODERATE_SLUG, "5.1.1-u4")).rejects.toMatchObject({ code: "not_found" });
  });
});
