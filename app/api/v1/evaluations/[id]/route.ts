import { apiRoute, pathParam } from "@/lib/http/api";
import { readJsonBody } from "@/lib/http/body";
import { ifMatchVersion, withEtag } from "@/lib/http/etag";
import { tokenContext } from "@/lib/http/token-context";
import { getEvaluationView, updateEvaluation } from "@/lib/services/evaluations/evaluations";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async (req, { id }) => {
  const { actor, slug } = await tokenContext(req);
  return withEtag(await getEvaluationView(actor, slug, pathParam(id)));
});

/** Status (a reason to reopen) and/or section reviewers; `If-Match: "<version>"` refuses a stale change with 409. */
export const PATCH = apiRoute<{ id: string }>(async (req, { id }) => {
  const ifMatch = ifMatchVersion(req);
  const { actor, slug } = await tokenContext(req);
  const body = await readJsonBody(req, 32 * 1024);
  return withEtag(await updateEvaluation(actor, slug, pathParam(id), body, ifMatch));
});
