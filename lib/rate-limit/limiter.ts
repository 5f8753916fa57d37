import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor, RequestMeta } from "../auth/actor";
import { db, type Prisma } from "../db";
import { AppError } from "../errors/app-error";
import { currentLimit, LIMIT_NAMES, RATE_LIMITS, type LimitName } from "./limits";
import { clientKey } from "./client-key";

type Sql = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

export type RateVerdict =
  | { allowed: true; hits: number }
  | { allowed: false; hits: number; limit: LimitName; max: number; retryAfterSeconds: number };

/** Who is counted: a signed-in user for per-user limits, else the client address. */
export interface RateSubject {
  actor?: Actor | null;
  meta?: RequestMeta;
}

const PRUNE_CHANCE = 0.01;
/** Windows older than this are gone; the hourly audit gates need the last hour's row. */
const KEEP_MS = 3 * 3600_000;

export const windowStartOf = (now: Date, windowSeconds: number) =>
  new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);

/**
 * One atomic statement per request: the window's row is created or incremented and its new
 * count returned, so concurrent requests on any instance each see a distinct count.
 */
export async function countInWindow(
  sql: Sql,
  key: string,
  windowSeconds: number,
  now = new Date(),
): Promise<number> {
  const start = windowStartOf(now, windowSeconds);
  const rows = await sql.$queryRaw<Array<{ hits: number }>>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "hits") VALUES (${key.slice(0, 300)}, ${start}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "hits" = "RateLimitWindow"."hits" + 1
    RETURNING "hits"`;
  const hits = Number(rows[0].hits);
  // Occasionally, when a window opens, drop old ones; no scheduler needed. On the caller's
  // client: inside a transaction on a one-connection pool (embedded database) another would wait.
  if (hits === 1 && Math.random() < PRUNE_CHANCE) await pruneRateLimitWindows(now, sql);
  return hits;
}

export async function pruneRateLimitWindows(now = new Date(), sql: Sql = db()): Promise<number> {
  const longest = Math.max(...LIMIT_NAMES.map((n) => currentLimit(n)?.windowSeconds ?? 0)) * 2000;
  const cutoff = new Date(now.getTime() - Math.max(KEEP_MS, longest));
  return sql.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "windowStart" < ${cutoff}`;
}

export function rateKey(name: LimitName, subject: RateSubject): string {
  if (RATE_LIMITS[name].by === "user" && subject.actor) return `${name}:user:${subject.actor.userId}`;
  return `${name}:ip:${clientKey(subject.meta?.ip ?? subject.actor?.ip)}`;
}

/**
 * Counts this request against limit `name`. Refused requests are counted, not audited one by
 * one: the first request over the limit in a window writes one `rate_limit.exceeded` event.
 */
export async function hitRateLimit(
  name: LimitName,
  subject: RateSubject,
  now = new Date(),
): Promise<RateVerdict> {
  const limit = currentLimit(name);
  // Nobody to charge (an anonymous call to a signed-in door): the service refuses it anyway.
  if (!limit || (!subject.actor && !subject.meta)) return { allowed: true, hits: 0 };
  const key = rateKey(name, subject);
  const hits = await countInWindow(db(), key, limit.windowSeconds, now);
  if (hits <= limit.max) return { allowed: true, hits };
  const windowEnd = windowStartOf(now, limit.windowSeconds).getTime() + limit.windowSeconds * 1000;
  const retryAfterSeconds = Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000));
  if (hits === limit.max + 1) {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        action: "rate_limit.exceeded",
        actor: subject.actor ?? null,
        meta: subject.meta,
        targetType: "rate_limit",
        targetId: key,
        after: {
          limit: name,
          max: limit.max,
          windowSeconds: limit.windowSeconds,
          windowStart: windowStartOf(now, limit.windowSeconds),
          hits,
        },
      }),
    );
  }
  return { allowed: false, hits, limit: name, max: limit.max, retryAfterSeconds };
}

export const rateLimitMessage = (seconds: number) => `Too many requests — try again in ${seconds} s.`;

export function rateLimitError(v: Extract<RateVerdict, { allowed: false }>) {
  return new AppError("rate_limited", rateLimitMessage(v.retryAfterSeconds), [], {
    retryAfter: v.retryAfterSeconds,
    limit: v.limit,
  });
}

/** For route handlers and actions: throws `rate_limited` (429 with Retry-After via apiRoute). */
export async function enforceRateLimit(name: LimitName, subject: RateSubject): Promise<void> {
  const verdict = await hitRateLimit(name, subject);
  if (!verdict.allowed) throw rateLimitError(verdict);
}

/** A 429 for handlers outside apiRoute; `extra` joins the JSON body (next-auth's client reads `url`). */
export function rateLimitedResponse(
  v: Extract<RateVerdict, { allowed: false }>,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return Response.json(
    {
      error: {
        code: "rate_limited",
        message: rateLimitMessage(v.retryAfterSeconds),
        retryAfter: v.retryAfterSeconds,
        limit: v.limit,
      },
      ...extra,
    },
    {
      status: 429,
      headers: { ...headers, "Cache-Control": "no-store", "Retry-After": String(v.retryAfterSeconds) },
    },
  );
}
