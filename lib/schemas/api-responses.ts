import { z } from "zod";
import { EVIDENCE_GRADES } from "./evaluation";

/** Response shapes of /api/v1, for the OpenAPI document and its contract tests. */
export const errorResponse = z.object({
  error: z
    .object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    })
    .loose(),
});

const evidence = z.object({ url: z.string(), grade: z.enum(EVIDENCE_GRADES) });

export const frameworkResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  vendor: z.string(),
  productVersion: z.string(),
  url: z.string().nullable(),
  description: z.string(),
  componentTypes: z.array(z.enum(["edge", "gateway", "cloud", "mobile"])),
  archivedAt: z.string().nullable(),
  /** The ETag: bumped by every change. */
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** The cursor of the next page of a list; null on the last page. */
const nextCursor = z.string().nullable();
export const frameworkListResponse = z.object({
  frameworks: z.array(frameworkResponse.extend({ evaluations: z.number().int() })),
  nextCursor,
});

export const evaluationListResponse = z.object({
  evaluations: z.array(
    z.object({
      id: z.uuid(),
      status: z.enum(["draft", "in_review", "final"]),
      createdAt: z.string(),
      finalizedAt: z.string().nullable(),
      framework: z.object({ id: z.uuid(), name: z.string(), vendor: z.string(), productVersion: z.string() }),
      catalogue: z.object({ slug: z.string(), version: z.string(), title: z.string() }),
    }),
  ),
  nextCursor,
});
export const createdResponse = z.object({ id: z.uuid() });

export const savedScoreResponse = z.object({
  criterionKey: z.string(),
  value: z.number().int().nullable(),
  notApplicable: z.boolean(),
  rationale: z.string(),
  evidence: z.array(evidence),
  version: z.number().int().positive(),
  updatedAt: z.string(),
});
export const scoreListResponse = z.object({
  scores: z.array(
    savedScoreResponse.omit({ updatedAt: true }).extend({
      reviewer: z.object({ email: z.string(), name: z.string() }),
      carriedOver: z.boolean(),
      updatedAt: z.string(),
    }),
  ),
});
export const submitResponse = z.object({ submitted: z.literal(true) });
export const summaryResponse = z.object({
  overall: z.number().min(0).max(100).nullable(),
  coverage: z.number().min(0).max(1).nullable(),
  alpha: z.number().nullable(),
  alphaLabel: z.string(),
  disqualified: z.boolean().nullable(),
  knockouts: z.array(
    z.object({
      criterionKey: z.string(),
      threshold: z.number(),
      value: z.union([z.number(), z.literal("na"), z.null()]),
      status: z.enum(["pass", "fail", "unknown"]),
    }),
  ),
  profile: z.object({ id: z.string(), name: z.string() }),
  sections: z.array(
    z.object({
      key: z.string(),
      score: z.number().nullable(),
      coverage: z.number().nullable(),
      alpha: z.number().nullable(),
      disagreements: z.number().int().nullable(),
      hidden: z.boolean(),
    }),
  ),
});

export const agreedScoreResponse = z.object({
  criterionKey: z.string(),
  value: z.number().int().nullable(),
  notApplicable: z.boolean(),
  reason: z.string(),
});
export const agreedListResponse = z.object({
  agreed: z.array(agreedScoreResponse.extend({ setAt: z.string() })),
});

export const shareLinkCreatedResponse = z.object({ id: z.uuid(), url: z.url(), expiresAt: z.string() });
export const shareLinkListResponse = z.object({
  shareLinks: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      createdAt: z.string(),
      expiresAt: z.string(),
      revokedAt: z.string().nullable(),
      viewCount: z.number().int(),
      lastViewedAt: z.string().nullable(),
      hideReviewers: z.boolean(),
      evaluationIds: z.array(z.uuid()),
      state: z.enum(["active", "expired", "revoked"]),
      creator: z.object({ name: z.string(), email: z.string() }),
      canRevoke: z.boolean(),
    }),
  ),
  nextCursor,
});

const consensusValue = z.union([z.number(), z.literal("na"), z.null()]);
export const comparisonResponse = z.object({
  catalogue: z.object({ slug: z.string(), version: z.string(), title: z.string() }),
  profile: z.object({ id: z.string(), name: z.string() }),
  vendors: z.array(
    z.object({
      evaluationId: z.uuid(),
      rank: z.number().int().positive(),
      framework: z.object({ name: z.string(), vendor: z.string(), productVersion: z.string() }),
      overall: z.number().min(0).max(100).nullable(),
      knockedOut: z.boolean(),
      coverage: z.number().min(0).max(1),
      knockouts: z.array(z.string()),
      sections: z.array(
        z.object({
          key: z.string(),
          score: z.number().min(0).max(100).nullable(),
          coverage: z.number().min(0).max(1),
        }),
      ),
      hiddenSections: z.array(z.string()),
    }),
  ),
  criteria: z.array(
    z.object({
      key: z.string(),
      section: z.string(),
      title: z.string(),
      scores: z.record(z.string(), consensusValue),
    }),
  ),
});

/** POST /api/v1/catalogues/import → 201. */
export const catalogueImportedResponse = z.object({
  slug: z.string(),
  version: z.string(),
  criteriaCount: z.number().int().min(0),
});

/** An imported catalogue version after POST …/archive or …/unarchive. */
export const catalogueArchiveResponse = z.object({
  slug: z.string(),
  version: z.string(),
  archivedAt: z.string().nullable(),
});

// Crosswalks: readiness and mapping sets (issue 15).
export * from "./crosswalk-responses";

// One evaluation, pending invitations, role changes.
export * from "./resource-responses";

// Catalogue reference, identity and membership.
export * from "./workspace-responses";
