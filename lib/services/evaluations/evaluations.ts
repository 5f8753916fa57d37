import "server-only";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { loadEvaluation } from "./evaluation-access";

// The reads live here; the writes in evaluation-create.ts (with carry-over) and
// evaluation-workflow.ts (status, assignments). Callers import all of them from this module.
export { createEvaluation } from "./evaluation-create";
export { assignSectionReviewers, changeEvaluationStatus, TRANSITIONS } from "./evaluation-workflow";

/** `catalogue`: only evaluations of that catalogue version (the compare page's picker, once a comparison is open). */
export async function listEvaluations(
  actor: Actor | null,
  slug: string,
  o: { catalogue?: { slug: string; version: string } } = {},
) {
  const { workspace } = await authorize(actor, slug, "evaluations.read");
  return db().evaluation.findMany({
    where: {
      workspaceId: workspace.id,
      ...(o.catalogue ? { catalogue: { slug: o.catalogue.slug, version: o.catalogue.version } } : {}),
    },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      status: true,
      createdAt: true,
      finalizedAt: true,
      framework: { select: { id: true, name: true, vendor: true, productVersion: true } },
      catalogue: { select: { slug: true, version: true, title: true } },
    },
  });
}

export async function getEvaluation(actor: Actor | null, slug: string, id: string) {
  const { workspace, role } = await authorize(actor, slug, "evaluations.read");
  return { ...(await loadEvaluation(workspace.id, id)), myRole: role };
}
