import "server-only";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { pageOf, pageWindow, type PageArgs } from "../../http/pagination";
import { loadEvaluation } from "./evaluation-access";
import { evaluationView } from "./evaluation-view";

// The reads live here; the writes in evaluation-create.ts (with carry-over) and
// evaluation-workflow.ts (status, assignments, scope). Callers import all of them from this module.
export { createEvaluation } from "./evaluation-create";
export {
  assignSectionReviewers,
  changeEvaluationStatus,
  changeSectionScope,
  TRANSITIONS,
  updateEvaluation,
} from "./evaluation-workflow";

const listSelect = {
  id: true,
  status: true,
  createdAt: true,
  finalizedAt: true,
  framework: { select: { id: true, name: true, vendor: true, productVersion: true } },
  catalogue: { select: { slug: true, version: true, title: true } },
} as const;

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
    select: listSelect,
  });
}

/** The API's list: newest first, one page at a time (lib/http/pagination.ts). */
export async function listEvaluationsPage(actor: Actor | null, slug: string, page: PageArgs) {
  const { workspace } = await authorize(actor, slug, "evaluations.read");
  const { where, ...window } = pageWindow(page);
  const rows = await db().evaluation.findMany({
    where: { workspaceId: workspace.id, ...where },
    ...window,
    select: listSelect,
  });
  return pageOf(rows, page);
}

/** One evaluation as the API shows it, with its version (the ETag). */
export async function getEvaluationView(actor: Actor | null, slug: string, id: string) {
  const { workspace } = await authorize(actor, slug, "evaluations.read");
  return evaluationView(await loadEvaluation(workspace.id, id));
}

export async function getEvaluation(actor: Actor | null, slug: string, id: string) {
  const { workspace, role } = await authorize(actor, slug, "evaluations.read");
  return { ...(await loadEvaluation(workspace.id, id)), myRole: role };
}
