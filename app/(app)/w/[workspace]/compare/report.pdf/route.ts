import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current";
import { apiRoute } from "@/lib/http/api";
import { pdfResponse } from "@/lib/pdf/response";
import { comparisonReport } from "@/lib/services/reports/reports";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The compare page's "Download PDF": `?evaluations=a,b,c&profile=…` (session-authenticated). */
export const GET = apiRoute<{ workspace: string }>(async (req: NextRequest, { workspace }) => {
  const q = req.nextUrl.searchParams;
  const actor = await currentActor();
  await enforceRateLimit("report", { actor });
  return pdfResponse(
    await comparisonReport(actor, workspace, {
      evaluations: q.get("evaluations") ?? "",
      profile: q.get("profile") || undefined,
    }),
  );
});
