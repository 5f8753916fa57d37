import { NextRequest } from "next/server";
import { Pool, type PoolClient } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as scoreRoute } from "@/app/api/v1/evaluations/[id]/scores/[criterionKey]/route";
import { pgPool } from "../db";
import { createToken } from "../services/accounts/api-tokens";
import { createEvaluationFixture, createMember, sessionActor, suffix } from "../testing/fixtures";
import { databaseFailure } from "./database-errors";

/**
 * The app's own connection pool is exhausted while the database is up (every connection
 * checked out): a request answers 503 `busy` with Retry-After, not "database unavailable";
 * a server that refuses connections is still `unavailable`.
 */
let token: string;
let evaluationId: string;
const criterionKey = "EDGE-01";
const held: PoolClient[] = [];

beforeAll(async () => {
  const owner = await createMember({ role: "owner" });
  ({ token } = await createToken(await sessionActor(owner.userId), owner.slug, {
    name: `busy-${suffix()}`,
    scopes: ["read", "write"],
    expiresInDays: 1,
  }));
  const ev = await createEvaluationFixture(owner.slug);
  evaluationId = ev.evaluationId;
});
afterAll(() => {
  for (const c of held.splice(0)) c.release();
});

describe("an exhausted connection pool", () => {
  it("answers a score save with 503 busy and Retry-After", async () => {
    const pool = pgPool();
    while (pool.totalCount < pool.options.max! || pool.idleCount) held.push(await pool.connect());
    const res = await scoreRoute(
      new NextRequest(`http://localhost/api/v1/evaluations/${evaluationId}/scores/${criterionKey}`, {
        method: "PUT",
        body: JSON.stringify({ value: 3, rationale: "pool exhausted" }),
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      }),
      { params: Promise.resolve({ id: evaluationId, criterionKey }) },
    );
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("1");
    expect((await res.json()).error).toMatchObject({ code: "busy", retryAfter: 1 });
    for (const c of held.splice(0)) c.release();
  }, 15_000);

  it("the errors themselves: pool timeout → busy, refused connection → unavailable", async () => {
    const small = new Pool({
      connectionString: process.env.DATABASE_URL,
      max: 1,
      connectionTimeoutMillis: 100,
    });
    const one = await small.connect();
    const waited = await small.connect().catch((e: unknown) => e);
    one.release();
    await small.end();
    expect(databaseFailure(waited)).toBe("busy");
    const closed = new Pool({
      connectionString: "postgresql://postgres@127.0.0.1:1/postgres",
      max: 1,
      connectionTimeoutMillis: 1000,
    });
    const refused = await closed.connect().catch((e: unknown) => e);
    await closed.end();
    expect(databaseFailure(refused)).toBe("unavailable");
  });
});
