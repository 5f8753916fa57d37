import { createHash } from "node:crypto";

/** JSON with object keys sorted at every level: jsonb reorders keys, hashes must not care. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export interface ChainedFields {
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  workspaceId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  before: unknown;
  after: unknown;
}

export const GENESIS_HASH = "0".repeat(64);

/** hash = SHA-256(previous hash ‖ canonical JSON of the event's fields). */
export function chainHash(prevHash: string, e: ChainedFields): string {
  // Only the chained fields: verification passes whole rows (id, prevHash, hash) in here.
  const { at, actorId, actorEmail, workspaceId, action, targetType, targetId, ip, userAgent, before, after } = e;
  const body = canonicalJson({ at: at.toISOString(), actorId, actorEmail, workspaceId, action, targetType, targetId, ip, userAgent, before: before ?? null, after: after ?? null });
  return createHash("sha256").update(prevHash).update(body).digest("hex");
}
