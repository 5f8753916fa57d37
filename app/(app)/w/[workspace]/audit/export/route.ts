import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current";
import { apiRoute } from "@/lib/http/api";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { exportAuditEvents } from "@/lib/services/admin/audit-log";

export const dynamic = "force-dynamic";

/** The workspace's audit events as JSON lines (a UI download: authenticated by the session). */
export const GET = apiRoute<{ workspace: string }>(async (req: NextRequest, { workspace }) => {
  const filters = Object.fromEntries(req.nextUrl.searchParams);
  const actor = await currentActor();
  await enforceRateLimit("export", { actor });
  const lines = exportAuditEvents(actor, workspace, filters);
  // Authorisation, validation and a lost database surface here, before the 200 is sent.
  const first = await lines.next();
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value));
      for await (const line of lines) controller.enqueue(encoder.encode(line));
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${workspace}-${new Date().toISOString().slice(0, 10)}.jsonl"`,
      "Cache-Control": "no-store",
    },
  });
});
