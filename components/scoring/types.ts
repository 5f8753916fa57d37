export type Grade = "vendor_claim" | "documentation" | "tested" | "code_reviewed";
export interface Evidence {
  url: string;
  grade: Grade;
}

/** What the reviewer has entered for one criterion (the body sent to the server). */
export interface ScoreDraft {
  value: number | null;
  notApplicable: boolean;
  rationale: string;
  evidence: Evidence[];
}

export type SaveStatus = "idle" | "saving" | "saved" | "failed" | "conflict" | "invalid";

export interface CriterionState {
  draft: ScoreDraft;
  version: number;
  status: SaveStatus;
  message?: string;
  /** The server's current score after a 409, for merge-or-overwrite. */
  theirs?: ScoreDraft & { version: number };
  carriedOver: boolean;
}

export interface OtherScore {
  reviewer: string;
  value: number | null;
  notApplicable: boolean;
  rationale: string;
}

export interface BoardCriterion {
  key: string;
  title: string;
  description: string;
  levelGuidance: Record<string, string>;
}

export const GRADE_LABELS: Record<Grade, string> = {
  vendor_claim: "Vendor claim",
  documentation: "Documentation",
  tested: "Tested by us",
  code_reviewed: "Code reviewed",
};

export const EMPTY_DRAFT: ScoreDraft = { value: null, notApplicable: false, rationale: "", evidence: [] };
