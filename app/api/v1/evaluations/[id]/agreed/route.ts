import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { tokenContext } from "@/lib/http/token-context";
import { listAgreedScores } from "@/lib/services/evaluations/agreed-scores";

export const dynamic = "force-dynamic";

/** Agreed values of the sections the caller may see (an agreed value reveals the consensus). */
export const GET = apiRoute<{ id: string }>(async (req, { id }) => {
  parseQuery(req, z.object({}));
  const { actor, slug } = await tokenContext(req);
  return { agreed: await listAgreedScores(actor, slug, id) };
});
