import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current";
import { apiRoute } from "@/lib/http/api";
import { pdfResponse } from "@/lib/pdf/response";
import { evaluationReport } from "@/lib/services/reports/reports";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The evaluation overview's "Download PDF" (session-authenticated; same service as the API). */
export const GET = apiRoute<{ workspace: string; id: string }>(
  async (req: NextRequest, { workspace, id }) => {
    const profile = req.nextUrl.searchParams.get("profile") || undefined;
    const actor = await currentActor();
    await enforceRateLimit("report", { actor });
    return pdfResponse(await evaluationReport(actor, workspace, id, { profile }));
  },
);
