import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { errorOf } from "../../testing/app-error-of";
import { importOscalCatalog } from "../oscal/import-catalog";
import { exportCisoLibrary, libraryVersion } from "./export-library";
import { importCisoLibrary } from "./import-library";
import { sampleLibraryYaml } from "./sample-library";

/** What CISO Assistant's own loader accepts and expects (issue 16, outside checks). */
const owasp = importOscalCatalog(
  readFileSync(path.join(process.cwd(), "prisma/catalogues/owasp-iot-framework-2016.oscal.json"), "utf8"),
  "owasp.json",
);

describe("CISO Assistant libraries as their loader reads them", () => {
  it("accepts null descriptions (score definitions, nodes, library) as absent, like the SCF library", () => {
    const yaml = sampleLibraryYaml(1, "nulls")
      .replace('description: "Not met"', "description: null")
      .replace("description: For tests", "description: null")
      .replace('name: "Mutual TLS"', 'name: "Mutual TLS", description: null, annotation: null');
    expect(yaml.match(/(description|annotation): null/g)).toHaveLength(4);
    const c = importCisoLibrary(yaml, "nulls.yaml");
    expect(c.scale.levels[0]).toMatchObject({ value: 0, label: "No", meaning: "" });
    expect(c.description).toBeNull();
    expect(c.sections[0].criteria[1]).toMatchObject({ key: "R1.a", description: "", guidance: "" });
  });

  it("keeps a copyright of up to 4,096 characters whole, and names the field beyond", () => {
    const long = Array.from({ length: 60 }, (_, i) => `Clause ${i + 1}: terms of use, attribution.`).join(
      " ",
    );
    const text = long.padEnd(4_096, ".");
    const yaml = (copyright: string) =>
      sampleLibraryYaml(1, "long-copyright").replace(
        "copyright: CC0",
        `copyright: ${JSON.stringify(copyright)}`,
      );
    expect(importCisoLibrary(yaml(text), "c.yaml").licence).toBe(text);
    const err = errorOf(() => importCisoLibrary(yaml(`${text}x`), "c.yaml"));
    expect(err.status).toBe(400);
    expect(err.issues[0].field).toBe("copyright");
  });

  it("exports an integer version that keeps the order of ours, with our label and date beside it", () => {
    expect(["7", "2016-03-18", "3.1.3", "2.1", "1.2.3.4", "draft", "2024-11-20"].map(libraryVersion)).toEqual(
      [7, 20160318, 30103, 20100, 1, 1, 20241120],
    );
    expect(libraryVersion("2016-03-18")).toBeLessThan(libraryVersion("2024-11-20"));
    const doc = parse(exportCisoLibrary(owasp)) as Record<string, unknown>;
    expect(Number.isInteger(doc.version)).toBe(true);
    expect(doc).toMatchObject({ version: 20160318, scorecard_version: "2016-03-18" });
    expect(doc.publication_date).toBe(owasp.publishedOn ?? undefined);
    const back = importCisoLibrary(exportCisoLibrary(owasp), "owasp.yaml");
    expect([back.version, back.publishedOn]).toEqual([owasp.version, owasp.publishedOn]);
  });

  it("reads publication_date when it is an ISO date and ignores it otherwise", () => {
    const dated = (d: string) =>
      importCisoLibrary(
        sampleLibraryYaml(2, "dated").replace("provider:", `publication_date: ${d}\nprovider:`),
        "d.yaml",
      ).publishedOn;
    expect(dated("2025-06-13")).toBe("2025-06-13");
    expect(dated("June 2025")).toBeNull();
    expect(dated("2025-02-30")).toBeNull();
  });
});
