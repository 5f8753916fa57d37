import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { idempotentCreate } from "@/lib/http/idempotency";
import { pageQuery } from "@/lib/http/pagination";
import { tokenContext } from "@/lib/http/token-context";
import { createEvaluation, listEvaluationsPage } from "@/lib/services/evaluations/evaluations";

export const dynamic = "force-dynamic";

/** Newest first, `limit` per page; `nextCursor` asks for the next one (null on the last). */
export const GET = apiRoute(async (req) => {
  const page = parseQuery(req, z.object(pageQuery));
  const { actor, slug } = await tokenContext(req);
  const { items, nextCursor } = await listEvaluationsPage(actor, slug, page);
  return { evaluations: items, nextCursor };
});

export const POST = apiRoute(async (req) => {
  const { actor, slug } = await tokenContext(req);
  return idempotentCreate(req, actor, {
    write: (body, within) => createEvaluation(actor, slug, body, within),
    present: (created) => created,
  });
});
