import "server-only";
import type { PoolClient } from "pg";
import type { Prisma } from "../db";
import type { Actor, RequestMeta } from "../auth/actor";
import { chainBody, wellFormed, type ChainedFields } from "./canonical";

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

// One statement moves the chain head and inserts the event linked to it. The head row's lock
// (held to commit) orders appends, so ids follow the chain; the hash is computed by the
// database from the previous hash it just locked and the canonical body computed here.
export const APPEND_SQL = `WITH head AS (
  UPDATE "AuditChainHead" SET "prevHash" = "hash", "hash" = encode(sha256(convert_to("hash" || $1, 'UTF8')), 'hex')
  WHERE "id" = 1 RETURNING "prevHash", "hash")
INSERT INTO "AuditEvent" ("at", "actorId", "actorEmail", "workspaceId", "action", "targetType", "targetId", "ip", "userAgent", "before", "after", "prevHash", "hash")
SELECT $2::timestamptz, $3::uuid, $4, $5::uuid, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb, head."prevHash", head."hash" FROM head
RETURNING "id"`;

const clip = (s: string | null | undefined, max: number) => (s == null ? null : Array.from(s).slice(0, max).join(""));

function prepare(input: AuditInput) {
  const fields: ChainedFields = wellFormed({
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
  const json = (v: unknown) => (v === null ? null : JSON.stringify(v));
  const values = [chainBody(fields), fields.at.toISOString(), fields.actorId, fields.actorEmail, fields.workspaceId, fields.action,
    fields.targetType, fields.targetId, fields.ip, fields.userAgent, json(fields.before), json(fields.after)];
  return { fields, values };
}

function emit(rows: Array<{ id: unknown }>, fields: ChainedFields) {
  // No head row means the chain was tampered with: refuse the change rather than lose its record.
  if (rows.length !== 1) throw new Error("audit chain head is missing; refusing to write unaudited");
  if (process.env.AUDIT_STDOUT !== "0") {
    process.stdout.write(`${JSON.stringify({ type: "audit", id: String(rows[0].id), ...fields, at: fields.at.toISOString() })}\n`);
  }
}

/**
 * Appends one event inside the caller's transaction: it commits or rolls back with the
 * change it describes. The same event goes to stdout as a JSON line for syslog/SIEM.
 */
export async function recordAudit(tx: Tx, input: AuditInput) {
  const { fields, values } = prepare(input);
  emit(await tx.$queryRawUnsafe<Array<{ id: bigint }>>(APPEND_SQL, ...values), fields);
}

/** The same append on a plain `pg` transaction (the score-save hot path). */
export async function recordAuditPg(client: PoolClient, input: AuditInput) {
  const { fields, values } = prepare(input);
  emit((await client.query<{ id: string }>(APPEND_SQL, values)).rows, fields);
}
