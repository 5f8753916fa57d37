import { describe, expect, it } from "vitest";
import { catalogueSummary, criterionLinks, featuredCatalogue } from "./catalogue-view";

describe("featuredCatalogue", () => {
  it("is the OWASP catalogue wherever it is listed, else the first, else none", () => {
    const a = { slug: "a" };
    const owasp = { slug: "owasp-iot-framework" };
    expect(featuredCatalogue([a, owasp])).toBe(owasp);
    expect(featuredCatalogue([a, { slug: "b" }])).toBe(a);
    expect(featuredCatalogue([])).toBeNull();
  });
});

describe("catalogueSummary", () => {
  const c = {
    sections: [{ criteria: [1, 2] }, { criteria: [3] }],
    builtIn: true,
    source: { format: "oscal" },
    archivedAt: null,
  };

  it("counts sections and criteria and names a built-in OSCAL source", () => {
    expect(catalogueSummary(c)).toEqual({
      sectionCount: 2,
      criterionCount: 3,
      origin: "built-in",
      format: "OSCAL",
      archivedOn: null,
    });
  });

  it("names an import from CISO Assistant and the day it was archived", () => {
    const s = catalogueSummary({
      ...c,
      builtIn: false,
      source: { format: "ciso-assistant" },
      archivedAt: new Date("2026-03-04T23:59:00Z"),
    });
    expect(s).toMatchObject({
      origin: "imported into this workspace",
      format: "CISO Assistant",
      archivedOn: "2026-03-04",
    });
  });
});

describe("criterionLinks", () => {
  it("links the catalogue, the section and the neighbours, keys encoded", () => {
    const links = criterionLinks({ slug: "cat", version: "1.0" }, { key: "A&B" }, null, {
      key: "A/2",
      title: "Two",
    });
    expect(links).toEqual({
      catalogue: "/catalogues/cat/1.0",
      section: "/catalogues/cat/1.0?section=A%26B",
      previous: null,
      next: { key: "A/2", title: "Two", href: "/catalogues/cat/1.0/criteria/A%2F2" },
    });
  });
});
