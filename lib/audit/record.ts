import "server-only";
import type { Prisma } from "../db";
import type { Actor, RequestMeta } from "../auth/actor";
import { chainHash, GENESIS_HASH } from "./canonical";

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

// Serialises appends so each row links to the one before it.
const CHAIN_LOCK = 7270001;

/**
 * Appends one event inside the caller's transaction: it commits or rolls back with the
 * change it describes. The same event goes to stdout as a JSON line for syslog/SIEM.
 */
export async function recordAudit(tx: Tx, input: AuditInput) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields = {
    at: new Date(),
    actorId: input.actor?.userId ?? null,
    actorEmail: input.actor?.email ?? input.actorEmail ?? null,
    workspaceId: input.workspaceId ?? null,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    ip: (input.actor?.ip ?? input.meta?.ip ?? null)?.slice(0, 64) ?? null,
    userAgent: (input.actor?.userAgent ?? input.meta?.userAgent ?? null)?.slice(0, 400) ?? null,
    before: input.before ?? null,
    after: input.after ?? null,
  };
  const hash = chainHash(prevHash, fields);
  const row = await tx.auditEvent.create({
    data: { ...fields, before: fields.before ?? undefined, after: fields.after ?? undefined, prevHash, hash },
    select: { id: true },
  });
  if (process.env.AUDIT_STDOUT !== "0") {
    process.stdout.write(`${JSON.stringify({ type: "audit", id: String(row.id), ...fields, at: fields.at.toISOString() })}\n`);
  }
}
