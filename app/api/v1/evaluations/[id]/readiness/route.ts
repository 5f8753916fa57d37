import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { tokenContext } from "@/lib/http/token-context";
import { evaluationReadiness } from "@/lib/services/evaluations/readiness";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async (req, { id }) => {
  const query = parseQuery(req, z.object({ target: z.string().max(100).optional() }));
  const { actor, slug } = await tokenContext(req);
  return evaluationReadiness(actor, slug, id, query);
});
