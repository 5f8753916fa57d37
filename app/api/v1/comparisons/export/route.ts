import { fileResponse } from "@/lib/export/file";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { tokenContext } from "@/lib/http/token-context";
import { comparisonExportQuerySchema } from "@/lib/schemas/export";
import { exportComparison } from "@/lib/services/reports/evaluation-export";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";

export const dynamic = "force-dynamic";

/** `?evaluations=a,b&profile=…&format=csv|xlsx|json`: the comparison as a download. */
export const GET = apiRoute(async (req) => {
  parseQuery(req, comparisonExportQuerySchema); // refuses unknown parameters by name
  const { actor, slug } = await tokenContext(req);
  await enforceRateLimit("export", { actor });
  return fileResponse(await exportComparison(actor, slug, Object.fromEntries(req.nextUrl.searchParams)));
});
