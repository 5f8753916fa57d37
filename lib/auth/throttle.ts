import "server-only";
import { db } from "../db";

/**
 * Brute-force defence with counters in Postgres, so every app instance sees the same numbers.
 * Per account (any email, known or not, so the behaviour reveals nothing) and per client IP.
 */
export const WINDOW_MS = 15 * 60_000;
export const ACCOUNT_LOCK_AFTER = 10;
export const IP_BLOCK_AFTER = 50;
const BACKOFF_FROM = 3; // failures before delays start: 1 s, 2 s, 4 s … capped at 60 s
const BACKOFF_BASE_MS = Number(process.env.AUTH_BACKOFF_BASE_MS ?? 1000);

export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

export type ThrottleVerdict =
  | { allowed: true }
  | { allowed: false; reason: "locked" | "backoff" | "ip-blocked"; retryAfterSeconds: number };

async function recent(key: string, since: Date) {
  return db().authFailure.findMany({
    where: { key, at: { gte: since } },
    orderBy: { at: "asc" },
    select: { at: true },
  });
}

export async function checkThrottle(
  email: string,
  ip: string | null,
  now = new Date(),
): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const failures = await recent(emailKey(email), since);
  if (failures.length >= ACCOUNT_LOCK_AFTER) {
    const unlockAt = failures[failures.length - ACCOUNT_LOCK_AFTER].at.getTime() + WINDOW_MS;
    return {
      allowed: false,
      reason: "locked",
      retryAfterSeconds: Math.ceil((unlockAt - now.getTime()) / 1000),
    };
  }
  if (ip) {
    const byIp = await db().authFailure.count({ where: { key: ipKey(ip), at: { gte: since } } });
    if (byIp >= IP_BLOCK_AFTER)
      return { allowed: false, reason: "ip-blocked", retryAfterSeconds: Math.ceil(WINDOW_MS / 1000) };
  }
  if (failures.length >= BACKOFF_FROM) {
    const delay = Math.min(60 * BACKOFF_BASE_MS, BACKOFF_BASE_MS * 2 ** (failures.length - BACKOFF_FROM));
    const wait = failures[failures.length - 1].at.getTime() + delay - now.getTime();
    if (wait > 0) return { allowed: false, reason: "backoff", retryAfterSeconds: Math.ceil(wait / 1000) };
  }
  return { allowed: true };
}

/** Returns the account's failure count in the window after this one. */
export async function recordFailure(email: string, ip: string | null): Promise<number> {
  await db().authFailure.createMany({
    data: [{ key: emailKey(email) }, ...(ip ? [{ key: ipKey(ip) }] : [])],
  });
  return db().authFailure.count({
    where: { key: emailKey(email), at: { gte: new Date(Date.now() - WINDOW_MS) } },
  });
}

export async function clearFailures(email: string) {
  await db().authFailure.deleteMany({ where: { key: emailKey(email) } });
}

/** Accounts locked right now, for the security page (emails of known users only). */
export async function lockedEmails(): Promise<string[]> {
  const rows = await db().authFailure.groupBy({
    by: ["key"],
    where: { key: { startsWith: "email:" }, at: { gte: new Date(Date.now() - WINDOW_MS) } },
    _count: { _all: true },
    having: { key: { _count: { gte: ACCOUNT_LOCK_AFTER } } },
  });
  return rows.map((r) => r.key.slice(6));
}
