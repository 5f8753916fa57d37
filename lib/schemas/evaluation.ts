import { z } from "zod";
import { catalogueRefSchema } from "./catalogue";

const sectionKey = z.string().trim().min(1).max(100);

export const createEvaluationSchema = z.object({
  frameworkId: z.uuid("Unknown framework."),
  catalogue: catalogueRefSchema,
  /** Keys of the sections in scope; default: all. Every other section needs a reason. */
  sections: z.array(sectionKey).min(1, "Keep at least one section in scope.").max(500).optional(),
  outOfScopeReasons: z.record(sectionKey, z.string().trim().min(3, "Give a reason.").max(2000)).default({}),
  /** Start from a previous evaluation of the same catalogue: its scope and scores carry over (every reviewer's from a final one, only the caller's otherwise). */
  fromEvaluationId: z.uuid().optional(),
});

export const EVIDENCE_GRADES = ["vendor_claim", "documentation", "tested", "code_reviewed"] as const;

export const evidenceSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: "Evidence links must be http or https URLs." }).max(2000),
  grade: z.enum(EVIDENCE_GRADES),
});

export const scoreInputSchema = z
  .object({
    value: z.number().int("Scores are whole numbers.").min(0, "Scores start at 0.").max(100).nullable(),
    notApplicable: z.boolean().default(false),
    rationale: z.string().max(10_000).default(""),
    evidence: z.array(evidenceSchema).max(20, "At most 20 evidence links.").default([]),
  })
  .superRefine((s, ctx) => {
    if (s.notApplicable && s.value !== null)
      ctx.addIssue({ code: "custom", path: ["value"], message: "N/A takes no score: send value null." });
    if (s.notApplicable && !s.rationale.trim())
      ctx.addIssue({ code: "custom", path: ["rationale"], message: "N/A needs a rationale." });
  });
export type ScoreInput = z.infer<typeof scoreInputSchema>;

export const agreedScoreSchema = z
  .object({
    value: z.number().int().min(0).max(100).nullable(),
    notApplicable: z.boolean().default(false),
    reason: z.string().trim().min(3, "Give the reason for the agreed value.").max(2000),
  })
  .refine((a) => a.notApplicable !== (a.value !== null), {
    message: "Give either a value or N/A.",
    path: ["value"],
  });

export const statusChangeSchema = z.object({
  status: z.enum(["draft", "in_review", "final"]),
  reason: z.string().trim().max(2000).optional(),
});

/** Who may score a section (empty = every member with the reviewer role or above). */
export const assignmentSchema = z.object({
  sectionKey: z.string().max(100),
  assigneeIds: z.array(z.uuid()).max(100),
});

/**
 * A section taken out of scope (with the reason, as at creation) or brought back. Its scores are
 * kept either way: out of scope they count nowhere; back in scope they count again.
 */
export const scopeChangeSchema = z
  .object({
    sectionKey: z.string().max(100),
    inScope: z.boolean(),
    outOfScopeReason: z.string().trim().max(2000).optional(),
  })
  .strict()
  .refine((s) => s.inScope || (s.outOfScopeReason?.length ?? 0) >= 3, {
    message: "Give a reason.",
    path: ["outOfScopeReason"],
  });

/** An API change of an evaluation: its status (with a reason to reopen), section reviewers and/or scope. */
export const evaluationUpdateSchema = z
  .object({
    status: statusChangeSchema.shape.status.optional(),
    reason: statusChangeSchema.shape.reason,
    sections: z.array(assignmentSchema).max(50).optional(),
    scope: z.array(scopeChangeSchema).min(1).max(50).optional(),
  })
  .strict()
  .refine((o) => o.status !== undefined || o.sections !== undefined || o.scope !== undefined, {
    message: "Change the status, the sections' reviewers or the scope.",
  });
