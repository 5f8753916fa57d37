import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportOscalCatalog } from "./export-catalog";
import { importOscalCatalog } from "./import-catalog";

const read = (p: string) => readFileSync(path.join(process.cwd(), p), "utf8");
const FIXTURES = "../shared/fixtures/oscal";

describe("exportOscalCatalog", () => {
  it.each([
    ["prisma/catalogues/owasp-iot-framework-2016.oscal.json"],
    [`${FIXTURES}/basic-catalog.json`],
    [`${FIXTURES}/NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json`],
  ])("re-imports %s to the same content", (file) => {
    const original = importOscalCatalog(read(file), file);
    const doc = exportOscalCatalog(original);
    const back = importOscalCatalog(JSON.stringify(doc), "export.json");
    expect(back).toEqual(original);
  });

  it("is deterministic", () => {
    const c = importOscalCatalog(read(`${FIXTURES}/basic-catalog.json`), "b.json");
    expect(JSON.stringify(exportOscalCatalog(c))).toBe(JSON.stringify(exportOscalCatalog(c)));
  });
});
