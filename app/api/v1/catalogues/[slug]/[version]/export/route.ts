import type { NextRequest } from "next/server";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { actorFromBearer } from "@/lib/auth/api-token";
import { exportCatalogue, exportFormatSchema } from "@/lib/services/catalogues/catalogue-export";
import { catalogueFileResponse } from "@/lib/http/catalogue-file";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { requestMeta } from "@/lib/auth/request-meta";

export const dynamic = "force-dynamic";

// Built-in catalogues are public; a workspace's import needs a token of that workspace. A
// request without a token is simply anonymous (the service answers 404 for private ones).
export const GET = apiRoute<{ slug: string; version: string }>(
  async (req: NextRequest, { slug, version }) => {
    const query = parseQuery(req, exportFormatSchema);
    const actor = req.headers.get("authorization") ? await actorFromBearer(req) : null;
    // Anonymous callers (built-in catalogues are public) are counted by client address.
    await enforceRateLimit("export", { actor, meta: requestMeta(req.headers) });
    const file = await exportCatalogue(actor, slug, version, query);
    return catalogueFileResponse(file);
  },
);
