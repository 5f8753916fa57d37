import { currentActor } from "@/lib/auth/current";
import { fileResponse } from "@/lib/export/file";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { comparisonExportQuerySchema } from "@/lib/schemas/export";
import { exportComparison } from "@/lib/services/reports/evaluation-export";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";

export const dynamic = "force-dynamic";

/** The compare page's server download, authenticated by the session (/api/v1 takes tokens only). */
export const GET = apiRoute<{ workspace: string }>(async (req, { workspace }) => {
  parseQuery(req, comparisonExportQuerySchema);
  const actor = await currentActor();
  await enforceRateLimit("export", { actor });
  return fileResponse(await exportComparison(actor, workspace, Object.fromEntries(req.nextUrl.searchParams)));
});
