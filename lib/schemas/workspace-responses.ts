import { z } from "zod";
import { roleSchema } from "./account";

/** Response shapes of the catalogue reference, identity and membership endpoints of /api/v1. */
const catalogueSummary = z.object({
  slug: z.string(),
  version: z.string(),
  title: z.string(),
  publisher: z.string(),
  publishedOn: z.string().nullable(),
  licence: z.string().nullable(),
  purpose: z.enum(["assessment", "target"]),
  sectionCount: z.number().int(),
  criterionCount: z.number().int(),
});
export const catalogueListResponse = z.object({ catalogues: z.array(catalogueSummary) });

const criterion = z.object({
  key: z.string(),
  parentKey: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  guidance: z.string(),
  levelGuidance: z.record(z.string(), z.string()),
});
export const catalogueDetailResponse = z.object({
  slug: z.string(),
  version: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  purpose: z.enum(["assessment", "target"]),
  source: z.object({
    title: z.string(),
    publisher: z.string(),
    publishedOn: z.string().nullable(),
    url: z.string().nullable(),
    licence: z.string().nullable(),
    format: z.enum(["oscal", "ciso-assistant"]),
  }),
  scale: z.array(z.object({ value: z.number().int(), label: z.string(), meaning: z.string() })),
  notApplicable: z.object({ label: z.string(), meaning: z.string() }),
  sections: z.array(
    z.object({ key: z.string(), title: z.string(), description: z.string(), criteria: z.array(criterion) }),
  ),
});

export const meResponse = z.object({
  email: z.string(),
  scopes: z.array(z.enum(["read", "write"])),
  workspace: z.object({ slug: z.string(), name: z.string(), role: roleSchema }).nullable(),
});

export const memberListResponse = z.object({
  members: z.array(
    z.object({
      id: z.uuid(),
      email: z.string(),
      name: z.string(),
      role: roleSchema,
      mfa: z.boolean(),
      disabled: z.boolean(),
      joinedAt: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const invitationCreatedResponse = z.object({
  id: z.uuid(),
  url: z.url(),
  expiresAt: z.string(),
  existingAccount: z.boolean(),
});
