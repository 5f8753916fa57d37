import { currentActor } from "@/lib/auth/current";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { catalogueFileResponse } from "@/lib/http/catalogue-file";
import { exportCatalogue, exportFormatSchema } from "@/lib/services/catalogues/catalogue-export";
import { getWorkspaceCatalogue } from "@/lib/services/catalogues/catalogue-workspace";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";

export const dynamic = "force-dynamic";

/** The UI's download of a catalogue (session-authenticated; the same service as the API). */
export const GET = apiRoute<{ workspace: string; slug: string; version: string }>(
  async (req, { workspace, slug, version }) => {
    const query = parseQuery(req, exportFormatSchema);
    const actor = await currentActor();
    await enforceRateLimit("export", { actor });
    // Only catalogues this workspace sees are downloadable from its pages (404 otherwise).
    await getWorkspaceCatalogue(actor, workspace, slug, version);
    return catalogueFileResponse(await exportCatalogue(actor, slug, version, query));
  },
);
