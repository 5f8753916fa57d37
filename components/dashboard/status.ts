/** Evaluation statuses in the order a dashboard shows them, with their labels. */
export const EVALUATION_STATUS = { draft: "Draft", in_review: "In review", final: "Final" } as const;
export type EvaluationStatus = keyof typeof EVALUATION_STATUS;
