import "server-only";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors/app-error";
import { listAuditEvents } from "./audit-log";

export const AUDIT_FILTERS = ["action", "actor", "from", "to"] as const;

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The audit log page from its address: the filters as typed (kept in the form), the query the
 * export link and the next page reuse, and the events — or, for a filter the service rejects,
 * its message shown in place of the table rather than an error page.
 */
export async function auditPage(actor: Actor | null, slug: string, sp: SearchParams) {
  const filters: Record<string, string> = {};
  for (const k of [...AUDIT_FILTERS, "before"]) {
    const v = sp[k];
    if (typeof v === "string" && v) filters[k] = v.slice(0, 320);
  }
  const query = new URLSearchParams(Object.entries(filters).filter(([k]) => k !== "before")).toString();
  const result = await listAuditEvents(actor, slug, filters).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "validation_failed") return { error: err.message };
    throw err;
  });
  return { filters, query, result };
}
