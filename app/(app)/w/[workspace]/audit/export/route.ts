import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current";
import { AppError } from "@/lib/errors/app-error";
import { jsonError } from "@/lib/http/api";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { exportAuditEvents } from "@/lib/services/audit-log";

export const dynamic = "force-dynamic";

/** The workspace's audit events as JSON lines (a UI download: authenticated by the session). */
export async function GET(req: NextRequest, { params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const filters = Object.fromEntries(req.nextUrl.searchParams);
  const actor = await currentActor();
  const lines = exportAuditEvents(actor, workspace, filters);
  try {
    await enforceRateLimit("export", { actor });
    const first = await lines.next(); // authorisation and validation errors surface here
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
  } catch (err) {
    if (err instanceof AppError) return jsonError(err.status, err.code, err.message, err.details);
    throw err;
  }
}
