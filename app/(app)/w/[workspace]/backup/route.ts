import { currentActor } from "@/lib/auth/current";
import { apiRoute } from "@/lib/http/api";
import { exportWorkspaceBackup } from "@/lib/services/admin/workspace-backup";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The workspace backup as a JSON download (a UI door: authenticated by the session; owners only). */
export const GET = apiRoute<{ workspace: string }>(async (_req, { workspace }) => {
  const actor = await currentActor();
  await enforceRateLimit("export", { actor });
  const { filename, backup } = await exportWorkspaceBackup(actor, workspace);
  return new Response(`${JSON.stringify(backup, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
