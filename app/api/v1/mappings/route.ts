import { apiRoute } from "@/lib/http/api";
import { tokenContext } from "@/lib/http/token-context";
import { listMappingSets } from "@/lib/services/catalogues/mapping-sets";

export const dynamic = "force-dynamic";

/** The mapping sets the token's workspace may use: the built-in crosswalks and its own imports. */
export const GET = apiRoute(async (req) => {
  const { actor, slug } = await tokenContext(req);
  return { mappingSets: await listMappingSets(actor, slug) };
});
