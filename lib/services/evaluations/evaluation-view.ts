import type { LoadedEvaluation } from "./evaluation-access";

/** One evaluation as the API shows it (GET, PATCH and a stale PATCH's `current`). */
export function evaluationView(ev: LoadedEvaluation) {
  return {
    id: ev.id,
    status: ev.status,
    version: ev.version ?? 1,
    createdAt: ev.createdAt,
    finalizedAt: ev.finalizedAt,
    previousEvaluationId: ev.previousEvaluationId,
    framework: ev.framework,
    catalogue: ev.catalogue,
    sections: ev.sections.map((s) => ({
      key: s.key,
      title: s.title,
      inScope: s.inScope,
      outOfScopeReason: s.outOfScopeReason,
      assigneeIds: s.assigneeIds,
      submittedByIds: s.submittedByIds,
    })),
  };
}
