import { fileResponse } from "@/lib/export/file";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { tokenContext } from "@/lib/http/token-context";
import { evaluationExportQuerySchema } from "@/lib/schemas/export";
import { exportEvaluation } from "@/lib/services/reports/evaluation-export";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";

export const dynamic = "force-dynamic";

/** `?format=csv|xlsx|json|oscal&profile=…`: the evaluation as a download (token with `read`). */
export const GET = apiRoute<{ id: string }>(async (req, { id }) => {
  const query = parseQuery(req, evaluationExportQuerySchema);
  const { actor, slug } = await tokenContext(req);
  await enforceRateLimit("export", { actor });
  return fileResponse(await exportEvaluation(actor, slug, id, query));
});
