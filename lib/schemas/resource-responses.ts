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
