import { currentActor } from "@/lib/auth/current";
import { fileResponse } from "@/lib/export/file";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { evaluationExportQuerySchema } from "@/lib/schemas/export";
import { exportEvaluation } from "@/lib/services/reports/evaluation-export";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";

export const dynamic = "force-dynamic";

/** The UI's download of an evaluation: the same service as /api/v1, authenticated by the session. */
export const GET = apiRoute<{ workspace: string; id: string }>(async (req, { workspace, id }) => {
  const query = parseQuery(req, evaluationExportQuerySchema);
  const actor = await currentActor();
  await enforceRateLimit("export", { actor });
  return fileResponse(await exportEvaluation(actor, workspace, id, query));
});
