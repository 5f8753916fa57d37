import { currentActor } from "@/lib/auth/current";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { catalogueFileResponse } from "@/lib/http/catalogue-file";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { exportFormatSchema } from "@/lib/services/catalogues/catalogue-export";
import { exportMappingSet } from "@/lib/services/catalogues/mapping-sets";

export const dynamic = "force-dynamic";

/** The UI's download of a mapping set (session-authenticated; the same service as the API). */
export const GET = apiRoute<{ workspace: string; id: string }>(async (req, { workspace, id }) => {
  const query = parseQuery(req, exportFormatSchema);
  const actor = await currentActor();
  await enforceRateLimit("export", { actor });
  return catalogueFileResponse(await exportMappingSet(actor, workspace, id, query));
});
