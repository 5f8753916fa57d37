import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { oscalErrors } from "../../testing/oscal-schema";
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

  it.each([
    ["prisma/catalogues/owasp-iot-framework-2016.oscal.json"],
    ["prisma/crosswalks/catalogues/eu-cra-annex-i.oscal.json"],
    [`${FIXTURES}/NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json`],
  ])("writes %s as a catalog the official OSCAL schema accepts", (file) => {
    expect(oscalErrors(exportOscalCatalog(importOscalCatalog(read(file), file)))).toEqual([]);
  });

  it("keeps a licence of several paragraphs whole, in the prop's remarks (a prop value is one line)", () => {
    const licence = "Creative Commons Attribution-ShareAlike 3.0.\n\nYou may share and adapt it.\n";
    const c = { ...importOscalCatalog(read(`${FIXTURES}/basic-catalog.json`), "b.json"), licence };
    const doc = exportOscalCatalog(c);
    expect(oscalErrors(doc)).toEqual([]);
    expect(JSON.stringify(doc)).toContain('"value":"Creative Commons Attribution-ShareAlike 3.0."');
    expect(importOscalCatalog(JSON.stringify(doc), "l.json").licence).toBe(licence);
    // the schema check is not vacuous: the same licence as a prop value is refused
    const meta = (doc.catalog as { metadata: { props: Array<{ name: string; value: string }> } }).metadata;
    meta.props.find((p) => p.name === "licence")!.value = licence;
    expect(oscalErrors(doc).join()).toMatch(/props/);
  });
});
