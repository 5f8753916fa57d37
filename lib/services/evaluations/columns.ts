/**
 * The columns several reads take of the same rows (the score pages, the save path, backups),
 * named once so a new column reaches all of them together.
 */

/** A stored score as every reader sees it; callers add `id` where they need it. */
export const scoreColumns = {
  criterionKey: true,
  sectionKey: true,
  reviewerId: true,
  value: true,
  notApplicable: true,
  rationale: true,
  evidence: true,
  carriedOver: true,
  version: true,
  updatedAt: true,
} as const;

/** The fields of `scoreColumns`, for raw-SQL paths that return the same shape. */
export interface ScoreFields {
  criterionKey: string;
  sectionKey: string;
  reviewerId: string;
  value: number | null;
  notApplicable: boolean;
  rationale: string;
  evidence: unknown;
  carriedOver: boolean;
  version: number;
}

/** An evaluation's section: scope and the reviewers assigned and submitted. */
export const sectionColumns = {
  sectionKey: true,
  inScope: true,
  outOfScopeReason: true,
  assigneeIds: true,
  submittedByIds: true,
} as const;

/** A framework's own fields (its evaluations are read apart). */
export const frameworkColumns = {
  id: true,
  name: true,
  vendor: true,
  productVersion: true,
  url: true,
  description: true,
  componentTypes: true,
  archivedAt: true,
  createdAt: true,
} as const;
