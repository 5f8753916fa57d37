import { createHash } from "node:crypto";

/** JSON with object keys sorted at every level: jsonb reorders keys, hashes must not care. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
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

/** The hashed text of an event: the canonical JSON of its chained fields only. */
export function chainBody(e: ChainedFields): string {
  // Only the chained fields: verification passes whole rows (id, prevHash, hash) in here.
  const { at, actorId, actorEmail, workspaceId, action, targetType, targetId, ip, userAgent, before, after } =
    e;
  return canonicalJson({
    at: at.toISOString(),
    actorId,
    actorEmail,
    workspaceId,
    action,
    targetType,
    targetId,
    ip,
    userAgent,
    before: before ?? null,
    after: after ?? null,
  });
}

/**
 * hash = SHA-256(previous hash ‖ chainBody). Appends compute the same in SQL
 * (`sha256(convert_to(prev || body, 'UTF8'))`); verification recomputes it here.
 */
export function chainHash(prevHash: string, e: ChainedFields): string {
  return createHash("sha256").update(prevHash).update(chainBody(e)).digest("hex");
}

/**
 * Replaces lone UTF-16 surrogates: the database stores them as U+FFFD while JSON.stringify
 * escapes them, so without this a hash computed at write time could never verify.
 */
export function wellFormed<T>(value: T): T {
  if (typeof value === "string") return value.toWellFormed() as T;
  if (Array.isArray(value)) return value.map(wellFormed) as T;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toWellFormed(), wellFormed(v)])) as T;
  }
  return value;
}
