import { apiRoute, parseQuery } from "@/lib/http/api";
import { catalogueFileResponse } from "@/lib/http/catalogue-file";
import { tokenContext } from "@/lib/http/token-context";
import { exportFormatSchema } from "@/lib/services/catalogues/catalogue-export";
import { exportMappingSet } from "@/lib/services/catalogues/mapping-sets";

export const dynamic = "force-dynamic";

/** `?format=oscal|ciso-assistant`: one mapping set of the token's workspace as a file. */
export const GET = apiRoute<{ id: string }>(async (req, { id }) => {
  const query = parseQuery(req, exportFormatSchema);
  const { actor, slug } = await tokenContext(req);
  return catalogueFileResponse(await exportMappingSet(actor, slug, id, query));
});
