import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db, disconnectDb } from "../db";
import { uniqueIp } from "../testing/fixtures";
import { countInWindow, hitRateLimit, pruneRateLimitWindows, rateKey } from "./limiter";

/**
 * The clock is injected: a window a few minutes from now (not years away, so the occasional
 * prune of a parallel test file, which uses the real clock, cannot touch these rows).
 */
const MINUTE = 60_000;
const windowAt = (offsetMinutes: number) => Math.floor(Date.now() / MINUTE) * MINUTE + offsetMinutes * MINUTE;
const at = (base: number, seconds: number) => new Date(base + seconds * 1000);
const exceeded = (key: string) =>
  db().auditEvent.findMany({
    where: { action: "rate_limit.exceeded", targetId: key },
    orderBy: { id: "asc" },
  });

beforeEach(() => {
  vi.stubEnv("RATE_LIMITS", "sharePdf=3/60,report=2/60");
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe("rate limiter (fixed windows in PostgreSQL)", () => {
  it("allows max requests per window, then refuses with the seconds to the window's end; a new window starts afresh", async () => {
    const meta = { ip: uniqueIp(), userAgent: "vitest" };
    const base = windowAt(2);
    const verdicts = [];
    for (let i = 0; i < 5; i++) verdicts.push(await hitRateLimit("sharePdf", { meta }, at(base, 10 + i)));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false, false]);
    expect(verdicts[3]).toEqual({
      allowed: false,
      hits: 4,
      limit: "sharePdf",
      max: 3,
      retryAfterSeconds: 47,
    }); // at :13, the window ends at :60
    expect(await hitRateLimit("sharePdf", { meta }, at(base, 59.5))).toMatchObject({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(await hitRateLimit("sharePdf", { meta }, at(base, 60))).toEqual({ allowed: true, hits: 1 });
    // Another address has its own count.
    expect(
      await hitRateLimit("sharePdf", { meta: { ip: uniqueIp(), userAgent: null } }, at(base, 20)),
    ).toEqual({ allowed: true, hits: 1 });
  });

  it("is shared by every instance: the count lives in the database, and concurrent hits each get their own number", async () => {
    const meta = { ip: uniqueIp(), userAgent: "vitest" };
    const now = at(windowAt(3), 5);
    expect(await hitRateLimit("sharePdf", { meta }, now)).toMatchObject({ allowed: true, hits: 1 });
    await disconnectDb(); // as another process would: a new pool, nothing remembered in memory
    expect(await hitRateLimit("sharePdf", { meta }, now)).toMatchObject({ allowed: true, hits: 2 });
    const key = `test-concurrent:${uniqueIp()}`;
    const counts = await Promise.all(Array.from({ length: 20 }, () => countInWindow(db(), key, 60, now)));
    expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("writes one audit event per key per window, however many requests it refuses", async () => {
    const meta = { ip: uniqueIp(), userAgent: "flood/1.0" };
    const key = rateKey("sharePdf", { meta });
    const base = windowAt(4);
    for (let i = 0; i < 40; i++) await hitRateLimit("sharePdf", { meta }, at(base, 1 + i));
    const first = await exceeded(key);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      actorId: null,
      ip: meta.ip,
      userAgent: "flood/1.0",
      targetType: "rate_limit",
      after: { limit: "sharePdf", max: 3, windowSeconds: 60, hits: 4 },
    });
    const row = await db().rateLimitWindow.findUniqueOrThrow({
      where: { key_windowStart: { key, windowStart: new Date(base) } },
    });
    expect(row.hits).toBe(40); // refusals are counted, not audited
    for (let i = 0; i < 10; i++) await hitRateLimit("sharePdf", { meta }, at(base, 61 + i));
    expect(await exceeded(key)).toHaveLength(2);
  });

  it("counts per user for per-user limits, whatever the address", async () => {
    const actor = {
      userId: crypto.randomUUID(),
      email: "x@example.test",
      via: "token" as const,
      mfaEnrolled: false,
      ip: uniqueIp(),
      userAgent: null,
    };
    const now = at(windowAt(5), 1);
    await hitRateLimit("report", { actor }, now);
    await hitRateLimit("report", { actor: { ...actor, ip: uniqueIp() } }, now);
    expect(await hitRateLimit("report", { actor }, now)).toMatchObject({
      allowed: false,
      retryAfterSeconds: 59,
    });
    const [event] = await exceeded(`report:user:${actor.userId}`);
    expect(event).toMatchObject({ actorId: actor.userId, after: { limit: "report", hits: 3 } });
  });

  it("writes nothing when limits are off", async () => {
    vi.stubEnv("RATE_LIMITS", "off");
    const meta = { ip: uniqueIp(), userAgent: null };
    for (let i = 0; i < 5; i++)
      expect(await hitRateLimit("sharePdf", { meta })).toEqual({ allowed: true, hits: 0 });
    expect(await db().rateLimitWindow.count({ where: { key: rateKey("sharePdf", { meta }) } })).toBe(0);
  });

  it("prunes windows older than three hours and keeps the rest", async () => {
    const key = `test-prune:${uniqueIp()}`;
    const now = new Date(windowAt(0));
    await countInWindow(db(), key, 60, new Date(now.getTime() - 4 * 3600_000));
    await countInWindow(db(), key, 60, new Date(now.getTime() - 2 * 3600_000));
    await pruneRateLimitWindows(now);
    const left = await db().rateLimitWindow.findMany({ where: { key }, select: { windowStart: true } });
    expect(left.map((r) => r.windowStart.getTime())).toEqual([now.getTime() - 2 * 3600_000]);
  });
});
