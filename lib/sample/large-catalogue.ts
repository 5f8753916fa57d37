import { exportOscalCatalog } from "../interop/oscal/export-catalog";
import { DEFAULT_SCALE, type CatalogueInput } from "../schemas/catalogue";
import type { DatasetShape } from "./dataset";
import { ASPECTS, SECTIONS } from "./large-catalogue-topics";

type Criterion = CatalogueInput["sections"][number]["criteria"][number];

/**
 * The large benchmark catalogue (issue 7): 10 sections × 100 criteria on the OWASP 0–4 scale.
 * Each section crosses ten security topics with ten aspects a reviewer would check, so the
 * titles read like a real catalogue's. Four section keys are component types (EDGE, GW,
 * CLOUD, MOBILE), which `generateFrameworks` uses to make vendors stronger where they build.
 * Pure and deterministic: the same version always gives the same document, byte for byte.
 */
export const LARGE_CATALOGUE_SLUG = "bench-large-iot-catalogue";

/** The catalogue as the importers produce it (`version` lets a bench import a fresh copy). */
export function largeCatalogue(version = "1.0.0"): CatalogueInput {
  return {
    slug: LARGE_CATALOGUE_SLUG,
    version,
    title: "IoT Security Benchmark Catalogue (generated, 1,000 criteria)",
    publisher: "IoT Framework Security Scorecard benchmarks",
    publishedOn: "2026-01-01",
    sourceUrl: null,
    licence: "CC0-1.0",
    description:
      "Generated for benchmarks: ten sections of one hundred criteria, scored 0–4 like the OWASP catalogue.",
    scale: DEFAULT_SCALE,
    sourceFormat: "oscal",
    sections: SECTIONS.map((s) => ({
      key: s.key,
      title: s.title,
      description: `Criteria for ${s.title.toLowerCase()}: ten topics, each checked for ten aspects.`,
      criteria: s.topics.flatMap((topic, t) =>
        ASPECTS.map((aspect, a) =>
          criterion(
            `${s.key}-${String(t * ASPECTS.length + a + 1).padStart(3, "0")}`,
            topic,
            aspect,
            a === 0,
          ),
        ),
      ),
    })),
  };
}

function criterion(
  key: string,
  topic: string,
  aspect: (typeof ASPECTS)[number],
  withLevels: boolean,
): Criterion {
  return {
    key,
    parentKey: null,
    title: `${topic}: ${aspect.title}`,
    description: `${topic} ${aspect.check}.`,
    guidance: `Check the vendor's documentation for ${topic.toLowerCase()} first, then confirm on a test build.`,
    // Per-level guidance on one criterion per topic only: real catalogues give it sparingly.
    levelGuidance: withLevels
      ? {
          "0": `${topic} is not offered.`,
          "4": `${topic} is on by default and cannot be weakened by accident.`,
        }
      : {},
  };
}

/** The same catalogue as an OSCAL catalog document: what the catalogue import service reads. */
export function largeCatalogueOscal(version?: string): string {
  return JSON.stringify(exportOscalCatalog(largeCatalogue(version)));
}

/** Section and criterion keys in catalogue order, for `generateFrameworks`. */
export function datasetShapeOf(catalogue: Pick<CatalogueInput, "scale" | "sections">): DatasetShape {
  return {
    max: Math.max(...catalogue.scale.levels.map((l) => l.value)),
    sections: catalogue.sections.map((s) => ({ key: s.key, criteria: s.criteria.map((c) => c.key) })),
  };
}
