import { z } from "zod";

/** Response shapes of the crosswalk endpoints (readiness, mapping sets), for the OpenAPI document. */
const coverage = z.enum(["full", "partial", "not_assessed", "not_in_catalogue"]);
const coverageCounts = z.object({
  full: z.number().int(),
  partial: z.number().int(),
  notAssessed: z.number().int(),
  notInCatalogue: z.number().int(),
});

/** GET /api/v1/evaluations/{id}/readiness: one entry per regulation the catalogue is mapped to. */
export const readinessResponse = z.object({
  evaluation: z.object({ id: z.string() }).loose(),
  disclaimer: z.string(),
  crosswalks: z.array(
    z.object({
      mappingSet: z.object({
        id: z.uuid(),
        slug: z.string(),
        version: z.string(),
        title: z.string(),
        author: z.string(),
      }),
      target: z.object({ slug: z.string(), version: z.string(), title: z.string() }),
      readiness: z.number().min(0).max(100).nullable(),
      counts: coverageCounts,
      requirements: z.array(
        z.object({
          key: z.string(),
          title: z.string(),
          section: z.object({ key: z.string(), title: z.string() }),
          readiness: z.number().min(0).max(100).nullable(),
          coverage,
          reason: z.string().nullable(),
          contributing: z.array(
            z.object({
              key: z.string(),
              title: z.string(),
              sectionKey: z.string(),
              relationship: z.enum(["equivalent", "subset", "superset", "intersects"]),
              rationale: z.string(),
              consensus: z.number(),
            }),
          ),
          notApplicable: z.array(z.string()),
          unscored: z.array(z.string()),
        }),
      ),
    }),
  ),
});

/** GET /api/v1/comparisons/readiness: per regulation, vendors × requirements and the ranking. */
export const comparisonReadinessResponse = z.object({
  disclaimer: z.string(),
  crosswalks: z.array(
    z.object({
      mappingSet: z.object({ slug: z.string(), version: z.string(), title: z.string() }),
      target: z.object({ slug: z.string(), version: z.string(), title: z.string() }),
      requirements: z.array(z.object({ key: z.string(), title: z.string(), sectionKey: z.string() })),
      notInCatalogue: z.array(z.string()),
      vendors: z.array(
        z.object({
          evaluationId: z.string(),
          name: z.string(),
          readiness: z.number().min(0).max(100).nullable(),
          counts: coverageCounts,
          cells: z.record(
            z.string(),
            z.object({ readiness: z.number().min(0).max(100).nullable(), coverage }),
          ),
        }),
      ),
      ranking: z.array(z.string()),
    }),
  ),
});

const catalogueTitle = z.object({ slug: z.string(), version: z.string(), title: z.string() });

/** GET /api/v1/mappings */
export const mappingSetListResponse = z.object({
  mappingSets: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      version: z.string(),
      title: z.string(),
      author: z.string(),
      sourceFormat: z.string(),
      builtIn: z.boolean(),
      archivedAt: z.string().nullable(),
      source: catalogueTitle,
      target: catalogueTitle,
      links: z.number().int(),
      notCovered: z.number().int(),
    }),
  ),
});

/** POST /api/v1/mappings/import: the sets the file held (CISO Assistant libraries often hold two). */
/** A workspace's own mapping set after POST …/archive or …/unarchive. */
export const mappingArchiveResponse = z.object({ id: z.string(), archivedAt: z.string().nullable() });

export const mappingImportedResponse = z.object({
  mappingSets: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      version: z.string(),
      links: z.number().int(),
      notCovered: z.number().int(),
    }),
  ),
});
