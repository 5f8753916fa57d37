import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { pdfResponse } from "@/lib/pdf/response";
import { tokenContext } from "@/lib/http/token-context";
import { evaluationReport } from "@/lib/services/reports/reports";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** `?profile=`: the evaluation's PDF report (token with `read`). */
export const GET = apiRoute<{ id: string }>(async (req, { id }) => {
  const query = parseQuery(req, z.object({ profile: z.string().max(80).optional() }));
  const { actor, slug } = await tokenContext(req);
  await enforceRateLimit("report", { actor });
  return pdfResponse(await evaluationReport(actor, slug, id, query));
});
