import "server-only";
import type { Prisma } from "../db";
import type { Actor, RequestMeta } from "../auth/actor";
import { wellFormed, type ChainedFields } from "./canonical";
import { scheduleSeal } from "./seal";

type Tx = Prisma.TransactionClient;

export interface AuditInput {
  action: string;
  actor?: Actor | null;
  /** For anonymous events (failed sign-in): who it was about, and where it came from. */
  actorEmail?: string | null;
  meta?: RequestMeta;
  workspaceId?: string | null;
  targetType?: string;
  targetId?: string;
  before?: unknown;
  after?: unknown;
}

// An event is inserted unsealed: no hash and no lock on the chain head, so concurrent
// changes no longer queue behind one row lock held through each commit. lib/audit/seal.ts
// links committed events into the hash chain in order shortly after (and before verifying).
export const APPEND_SQL = `INSERT INTO "AuditEvent" ("at", "actorId", "actorEmail", "workspaceId", "action", "targetType", "targetId", "ip", "userAgent", "before", "after")
VALUES ($1::timestamptz, $2::uuid, $3, $4::uuid, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb) RETURNING "id"`;

const clip = (s: string | null | undefined, max: number) =>
  s == null ? null : Array.from(s).slice(0, max).join("");

/** The event's stored fields, cleaned as the database will store them (see wellFormed). */
export function auditFields(input: AuditInput): ChainedFields {
  return wellFormed({
    at: new Date(),
    actorId: input.actor?.userId ?? null,
    actorEmail: input.actor?.email ?? input.actorEmail ?? null,
    workspaceId: input.workspaceId ?? null,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    ip: clip(input.actor?.ip ?? input.meta?.ip, 64),
    userAgent: clip(input.actor?.userAgent ?? input.meta?.userAgent, 400),
    before: input.before ?? null,
    after: input.after ?? null,
  });
}

const json = (v: unknown) => (v === null ? null : JSON.stringify(v));

/** APPEND_SQL's parameters, in its order. */
export const appendValues = (f: ChainedFields) => [
  f.at.toISOString(),
  f.actorId,
  f.actorEmail,
  f.workspaceId,
  f.action,
  f.targetType,
  f.targetId,
  f.ip,
  f.userAgent,
  json(f.before),
  json(f.after),
];

/**
 * After an append: the JSON line for syslog/SIEM (written when the statement succeeded, as
 * before), and a sealing soon. A transaction that then rolls back leaves nothing to seal.
 */
export function appended(id: unknown, fields: ChainedFields) {
  if (process.env.AUDIT_STDOUT !== "0") {
    process.stdout.write(
      `${JSON.stringify({ type: "audit", id: String(id), ...fields, at: fields.at.toISOString() })}\n`,
    );
  }
  scheduleSeal();
}

/**
 * Appends one event inside the caller's transaction: it commits or rolls back with the
 * change it describes. The same event goes to stdout as a JSON line for syslog/SIEM.
 */
export async function recordAudit(tx: Tx, input: AuditInput) {
  const fields = auditFields(input);
  const rows = await tx.$queryRawUnsafe<Array<{ id: bigint }>>(APPEND_SQL, ...appendValues(fields));
  appended(rows[0].id, fields);
}
