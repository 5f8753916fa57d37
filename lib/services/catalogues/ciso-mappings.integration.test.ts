import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db";
import { importCisoLibrary } from "../../interop/ciso-assistant/import-library";
import { importCisoMappings } from "../../interop/ciso-assistant/import-mapping";
import { createMember, owaspCatalogue } from "../../testing/fixtures";
import { storeCatalogueVersion } from "./catalogue-store";
import { storeMappingSet } from "./mapping-store";

const counts = async () => ({ sets: await db().mappingSet.count(), links: await db().mappingLink.count() });

beforeAll(async () => {
  await owaspCatalogue();
});

describe("CISO Assistant mapping sets", () => {
  const fixture = (name: string) => `../shared/fixtures/ciso-assistant/${name}`;
  const read = (name: string) => readFileSync(fixture(name), "utf8");

  it("imports the real NIST CSF 2.0 → ISO 27001 mapping after its two libraries, every link resolved", async () => {
    const owner = await createMember({ role: "owner" });
    for (const name of ["nist-csf-2.0.yaml", "iso27001-2022.yaml"]) {
      const input = importCisoLibrary(read(name), name);
      await storeCatalogueVersion(
        { ...input, slug: `${input.slug}-${owner.slug}`.slice(0, 100) },
        "e".repeat(64),
        {
          workspaceId: owner.workspaceId,
        },
      );
    }
    // The library ships the mapping both ways: 686 requirement mappings, 343 each way.
    const [forward, back] = importCisoMappings(
      read("mapping-nist-csf-2.0-to-iso27001-2022.yaml"),
      "mapping.yaml",
    );
    expect([forward.links.length, back.links.length]).toEqual([343, 343]);
    for (const [i, m] of [forward, back].entries()) {
      const r = await storeMappingSet(
        { ...m, slug: `csf-iso-${i}-${owner.slug}`.slice(0, 100) },
        "f".repeat(64),
        {
          workspaceId: owner.workspaceId,
          refuseExisting: true,
        },
      );
      // A pair the file repeats with the same relationship is stored once.
      const distinct = new Set(m.links.map((l) => `${l.source.id} ${l.target.id}`)).size;
      expect(distinct).toBeGreaterThan(330);
      expect(r).toMatchObject({ status: "created", links: distinct });
    }
    const sets = await db().mappingSet.findMany({
      where: { workspaceId: owner.workspaceId },
      orderBy: { slug: "asc" },
      select: {
        source: { select: { title: true } },
        target: { select: { title: true } },
        links: { take: 1 },
      },
    });
    expect(sets.map((x) => [x.source.title, x.target.title])).toEqual([
      [expect.stringMatching(/NIST/), expect.stringMatching(/27001/)],
      [expect.stringMatching(/27001/), expect.stringMatching(/NIST/)],
    ]);
    expect(sets[0].links[0]).toMatchObject({ sourceKey: "GV.OC-01", relationship: "intersects" });
  });

  it("refuses a mapping whose requirement URN no catalogue holds, naming the first one", async () => {
    const mapping = importCisoMappings(read("mapping-nist-csf-2.0-to-iso27001-2022.yaml"), "mapping.yaml")[0];
    mapping.slug = "csf-iso-unknown";
    mapping.links[0].source = { id: "urn:intuitem:risk:req_node:nowhere:x", label: null };
    const before = await counts();
    const err = await storeMappingSet(mapping, "a".repeat(64)).catch((e) => e);
    expect(err.code).toBe("validation_failed");
    expect(err.issues[0].field).toBe("source");
    expect(err.message).toContain("urn:intuitem:risk:req_node:nowhere:x");
    expect(await counts()).toEqual(before);
  });
});
