import "server-only";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors/app-error";
import { listAuditEvents } from "./audit-log";

export const AUDIT_FILTERS = ["action", "actor", "from", "to"] as const;

type SearchParams = Record<string, string | string[] | undefined>;
type Filter = (typeof AUDIT_FILTERS)[number];

const isDate = (f: Filter) => f === "from" || f === "to";
const PLACEHOLDERS: Partial<Record<Filter, string>> = { action: "auth.", actor: "email" };

/** The filter form's inputs: dates for the range, text otherwise, each with its value as typed. */
export function auditFilterFields(filters: Record<string, string>) {
  return AUDIT_FILTERS.map((f) => ({
    name: f,
    label: isDate(f) ? `${f} (date)` : f,
    type: isDate(f) ? ("date" as const) : ("text" as const),
    placeholder: PLACEHOLDERS[f],
    value: filters[f] ?? "",
  }));
}

type AuditEvent = {
  id: string;
  at: Date;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
  redacted: boolean;
};

const json = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v));

/** One event as the table shows it: UTC time to the second, dashes for what is missing, the change as JSON. */
export function auditRow(e: AuditEvent) {
  return {
    id: e.id,
    at: e.at.toISOString().slice(0, 19).replace("T", " "),
    actor: e.actorEmail ?? "—",
    action: e.action,
    target: e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : "—",
    ip: e.ip ?? "—",
    before: e.before ? json(e.before) : null,
    after: e.after ? json(e.after) : null,
    redacted: e.redacted,
  };
}

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
  return {
    filters,
    fields: auditFilterFields(filters),
    query,
    result,
    error: "error" in result ? result.error : null,
    rows: "events" in result ? result.events.map(auditRow) : [],
    // The next page's query: the same filters, before the last event shown.
    older: "events" in result && result.nextBefore ? `${query}&before=${result.nextBefore}` : null,
  };
}
