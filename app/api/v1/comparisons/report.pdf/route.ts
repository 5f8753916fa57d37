import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { pdfResponse } from "@/lib/pdf/response";
import { tokenContext } from "@/lib/http/token-context";
import { comparisonReport } from "@/lib/services/reports/reports";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// Names only here (unknown parameters are refused); the service validates the values.
const names = z.object({ evaluations: z.string().max(1000), profile: z.string().max(80).optional() });

/** `?evaluations=a,b,c&profile=…`: the comparison's PDF report (token with `read`). */
export const GET = apiRoute(async (req) => {
  const query = parseQuery(req, names);
  const { actor, slug } = await tokenContext(req);
  await enforceRateLimit("report", { actor });
  return pdfResponse(await comparisonReport(actor, slug, query));
});
