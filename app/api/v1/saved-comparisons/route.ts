import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { idempotentCreate } from "@/lib/http/idempotency";
import { pageQuery } from "@/lib/http/pagination";
import { tokenContext } from "@/lib/http/token-context";
import { listSavedComparisonsPage } from "@/lib/services/comparisons/saved-comparison-records";
import { saveComparison } from "@/lib/services/comparisons/saved-comparisons";

export const dynamic = "force-dynamic";

/** Newest first, `limit` per page; `nextCursor` asks for the next one (null on the last). */
export const GET = apiRoute(async (req) => {
  const page = parseQuery(req, z.object(pageQuery));
  const { actor, slug } = await tokenContext(req);
  const { items, nextCursor } = await listSavedComparisonsPage(actor, slug, page);
  return { savedComparisons: items, nextCursor };
});

/** The compare page's "Save" (reviewers and up): the query must be a comparison the caller may open. */
export const POST = apiRoute(async (req) => {
  const { actor, slug } = await tokenContext(req);
  return idempotentCreate(req, actor, {
    write: (body, within) => saveComparison(actor, slug, body, within),
    present: (saved) => saved,
    maxBytes: 16 * 1024,
  });
});
