import { apiRoute, parseQuery } from "@/lib/http/api";
import { ndjsonResponse } from "@/lib/http/ndjson";
import { pageQuery } from "@/lib/http/pagination";
import { tokenContext } from "@/lib/http/token-context";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { auditFilterSchema, exportAuditEvents, listAuditEventsPage } from "@/lib/services/admin/audit-log";
import { z } from "zod";

export const dynamic = "force-dynamic";

const query = auditFilterSchema
  .omit({ before: true, limit: true })
  .extend({ ...pageQuery, format: z.enum(["json", "jsonl"]).optional() });

/**
 * Owner/admin (`audit.read`; a read-only token suffices). JSON pages, newest first; or every
 * filtered event as JSON lines, oldest first, streamed a page at a time (`?format=jsonl` or
 * `Accept: application/x-ndjson`). Score values are withheld by the blind rule either way.
 */
export const GET = apiRoute(async (req) => {
  const { format, cursor, limit, ...filters } = parseQuery(req, query);
  const { actor, slug } = await tokenContext(req);
  const lines = format === "jsonl" || (format === undefined && wantsNdjson(req.headers.get("accept")));
  if (lines) {
    // The whole filtered log is an export: the UI's download counts against the same limit.
    await enforceRateLimit("export", { actor });
    return ndjsonResponse(exportAuditEvents(actor, slug, filters), `audit-${slug}`);
  }
  return listAuditEventsPage(actor, slug, filters, { cursor, limit });
});

const wantsNdjson = (accept: string | null) =>
  /application\/(x-)?ndjson|application\/jsonl/i.test(accept ?? "");
