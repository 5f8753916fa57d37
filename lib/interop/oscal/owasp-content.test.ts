import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importOscalCatalog } from "./import-catalog";

/**
 * The catalogue against the OWASP document itself (../shared/seed): titles exactly as
 * published, in the document's order and section; our prose in our own words.
 */
const seed = readFileSync(
  path.join(process.cwd(), "../shared/seed/owasp-iot-framework-security-considerations.txt"),
  "utf8",
);
const catalogue = importOscalCatalog(
  readFileSync(path.join(process.cwd(), "prisma/catalogues/owasp-iot-framework-2016.oscal.json"), "utf8"),
  "owasp",
);

/** Criterion headings per section: the odd non-empty lines after "Framework Considerations for X". */
function seedTitles(component: string, nextHeading: string | null): string[] {
  const lines = seed.split("\n");
  const start = lines.indexOf(`Framework Considerations for ${component} Component`);
  const end = nextHeading ? lines.indexOf(nextHeading, start) : lines.length;
  return lines
    .slice(start + 1, end)
    .filter((l) => l.trim())
    .filter((_, i) => i % 2 === 0);
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);

describe("OWASP catalogue content", () => {
  it.each([
    ["Edge", "Edge", "Gateway"],
    ["Gateway", "Gateway", "Cloud"],
    ["Cloud Platform", "Cloud", "Mobile"],
    ["Mobile", "Mobile", null],
  ] as const)(
    "section %s has exactly the document's criterion titles, in order",
    (title, component, next) => {
      const section = catalogue.sections.find((s) => s.title === title)!;
      expect(section.criteria.map((c) => c.title)).toEqual(seedTitles(component, next));
    },
  );

  it("never copies a run of 8 words from the document into descriptions or guidance", () => {
    const seedWords = words(seed);
    const grams = new Set(seedWords.map((_, i) => seedWords.slice(i, i + 8).join(" ")));
    const copied: string[] = [];
    for (const c of catalogue.sections.flatMap((s) => s.criteria)) {
      for (const text of [c.description, c.guidance, ...Object.values(c.levelGuidance)]) {
        const w = words(text);
        for (let i = 0; i + 8 <= w.length; i++)
          if (grams.has(w.slice(i, i + 8).join(" "))) copied.push(`${c.key}: ${w.slice(i, i + 8).join(" ")}`);
      }
    }
    expect(copied).toEqual([]);
  });
});
