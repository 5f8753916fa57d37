import { describe, expect, it } from "vitest";
import { importOscalCatalog } from "../interop/oscal/import-catalog";
import { MAX_CATALOGUE_BYTES } from "../services/catalogues/catalogue-import";
import { generateFrameworks } from "./dataset";
import { datasetShapeOf, largeCatalogue, largeCatalogueOscal } from "./large-catalogue";

describe("large benchmark catalogue", () => {
  const catalogue = largeCatalogue();

  it("has 10 sections of 100 criteria with unique keys and titles, on the 0–4 scale", () => {
    expect(catalogue.sections).toHaveLength(10);
    for (const s of catalogue.sections) expect(s.criteria).toHaveLength(100);
    const criteria = catalogue.sections.flatMap((s) => s.criteria);
    expect(new Set(criteria.map((c) => c.key)).size).toBe(1000);
    expect(new Set(criteria.map((c) => c.title)).size).toBe(1000);
    expect(new Set(catalogue.sections.map((s) => s.key)).size).toBe(10);
    expect(catalogue.scale.levels.map((l) => l.value)).toEqual([0, 1, 2, 3, 4]);
  });

  it("is deterministic, and its OSCAL document imports back to the same content", () => {
    expect(largeCatalogue()).toEqual(catalogue);
    const text = largeCatalogueOscal();
    expect(largeCatalogueOscal()).toBe(text);
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_CATALOGUE_BYTES); // it goes through the real import service
    // Import also records each control's OSCAL id (sourceId), which the generator has no use for.
    const back = importOscalCatalog(text, "large.json");
    const withoutIds = {
      ...back,
      sections: back.sections.map((s) => ({
        ...s,
        criteria: s.criteria.map((c) => ({ ...c, sourceId: undefined })),
      })),
    };
    expect(withoutIds).toEqual(catalogue);
    expect(back.sections[0].criteria[0].sourceId).toBe(back.sections[0].criteria[0].key.toLowerCase());
    expect(importOscalCatalog(largeCatalogueOscal("2.0"), "large.json").version).toBe("2.0");
  });

  it("gives the dataset generator its shape: 3 reviewers score 3,000 rows per framework", () => {
    const shape = datasetShapeOf(catalogue);
    expect(shape.max).toBe(4);
    const [first] = generateFrameworks(shape, { seed: 1, frameworks: 1, reviewers: 3 });
    expect(first.scores).toHaveLength(3000);
  });
});
