import { apiRoute, pathParam } from "@/lib/http/api";
import { tokenContext } from "@/lib/http/token-context";
import { submitSection } from "@/lib/services/evaluations/scores";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string; sectionKey: string }>(async (req, { id, sectionKey }) => {
  const { actor, slug } = await tokenContext(req);
  return submitSection(actor, slug, id, pathParam(sectionKey));
});
