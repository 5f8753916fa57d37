import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { openApiDocument } from "@/lib/http/openapi";
import { APP_VERSION } from "@/lib/services/admin/health";

export const dynamic = "force-dynamic";

// Built once per process: the document depends on the code only.
let doc: ReturnType<typeof openApiDocument> | undefined;

/** Public: describes the API, reveals no data. Unknown query parameters are refused, as everywhere. */
export const GET = apiRoute(async (req) => {
  parseQuery(req, z.object({}));
  return (doc ??= openApiDocument(APP_VERSION));
});
