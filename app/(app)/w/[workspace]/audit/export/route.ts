import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current";
import { apiRoute } from "@/lib/http/api";
import { ndjsonResponse } from "@/lib/http/ndjson";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { exportAuditEvents } from "@/lib/services/admin/audit-log";

export const dynamic = "force-dynamic";

/** The workspace's audit events as JSON lines (a UI download: authenticated by the session). */
export const GET = apiRoute<{ workspace: string }>(async (req: NextRequest, { workspace }) => {
  const filters = Object.fromEntries(req.nextUrl.searchParams);
  const actor = await currentActor();
  await enforceRateLimit("export", { actor });
  return ndjsonResponse(exportAuditEvents(actor, workspace, filters), `audit-${workspace}`);
});
