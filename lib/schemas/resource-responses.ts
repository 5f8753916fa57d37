import { z } from "zod";
import { roleSchema } from "./account";

/** Response shapes of the single-resource endpoints of /api/v1 (GET/PATCH by id). */
export const evaluationDetailResponse = z.object({
  id: z.uuid(),
  status: z.enum(["draft", "in_review", "final"]),
  /** The ETag: bumped by every status change and reviewer assignment. */
  version: z.number().int(),
  createdAt: z.string(),
  finalizedAt: z.string().nullable(),
  previousEvaluationId: z.uuid().nullable(),
  framework: z.object({ id: z.uuid(), name: z.string(), vendor: z.string(), productVersion: z.string() }),
  catalogue: z.object({ slug: z.string(), version: z.string(), title: z.string() }),
  sections: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      inScope: z.boolean(),
      outOfScopeReason: z.string().nullable(),
      assigneeIds: z.array(z.uuid()),
      submittedByIds: z.array(z.uuid()),
    }),
  ),
});

export const invitationListResponse = z.object({
  invitations: z.array(
    z.object({
      id: z.uuid(),
      email: z.string(),
      role: roleSchema,
      expiresAt: z.string(),
      createdAt: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const memberRoleResponse = z.object({ id: z.uuid(), role: roleSchema });

/** The ETag of a resource without a version column: a hash of its editable content. */
const etag = z.string().regex(/^[0-9a-f]{32}$/);

export const weightProfileResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  sectionWeights: z.record(z.string(), z.number()),
  criterionWeights: z.record(z.string(), z.number()),
  knockouts: z.array(z.object({ criterionKey: z.string(), threshold: z.number() })),
  createdAt: z.string(),
  etag,
});
export const weightProfileListResponse = z.object({
  weightProfiles: z.array(weightProfileResponse),
  nextCursor: z.string().nullable(),
});

export const savedComparisonResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  /** The compare page's query string: open it as /w/<workspace>/compare?<query>. */
  query: z.string(),
  createdAt: z.string(),
  etag,
});
export const savedComparisonListResponse = z.object({
  savedComparisons: z.array(savedComparisonResponse),
  nextCursor: z.string().nullable(),
});

const auditEvent = z.object({
  id: z.string(),
  at: z.string(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  /** The hash-chain link; null until sealed. */
  hash: z.string().nullable(),
  /** Score values withheld by the blind rule. */
  redacted: z.boolean(),
});
export const auditEventListResponse = z.object({
  events: z.array(auditEvent),
  nextCursor: z.string().nullable(),
});
