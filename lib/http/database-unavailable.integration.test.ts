import { NextRequest } from "next/server";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/v1/catalogues/import/route";
import { PUT as scoreRoute } from "@/app/api/v1/evaluations/[id]/scores/[criterionKey]/route";
import { db } from "../db";
import { importCisoLibrary } from "../interop/ciso-assistant/import-library";
import { sampleLibraryYaml } from "../interop/ciso-assistant/sample-library";
import { createToken } from "../services/accounts/api-tokens";
import { saveScore } from "../services/evaluations/scores";
import {
  createEvaluationFixture,
  createMember,
  sessionActor,
  suffix,
  type TestMember,
} from "../testing/fixtures";

/**
 * The database drops a connection in the middle of a request (what a server restart or
 * `pg_terminate_backend` does): the caller gets a 503 `unavailable` it can retry, not a 500,
 * nothing half-done is stored, and the next request works on a fresh connection.
 */
let owner: TestMember;
let token: string;
let holder: Client;
let killer: Client;
let holderPid: number;

beforeAll(async () => {
  owner = await createMember({ role: "owner" });
  ({ token } = await createToken(await sessionActor(owner.userId), owner.slug, {
    name: `kill-${suffix()}`,
    scopes: ["read", "write"],
    expiresInDays: 1,
  }));
  holder = new Client({ connectionString: process.env.DATABASE_URL });
  killer = new Client({ connectionString: process.env.DATABASE_URL });
  await Promise.all([holder.connect(), killer.connect()]);
  holderPid = (await holder.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
});
afterAll(async () => {
  await Promise.all([holder.end(), killer.end()]);
});

/**
 * Terminates the app's backend that waits on a lock behind `holder` (polls until it is there).
 * From a connection of its own: inside holder's transaction pg_stat_activity is a snapshot.
 */
async function terminateWaiter(queryLike: string) {
  await expect
    .poll(
      async () => {
        const { rows } = await killer.query<{ done: boolean }>(
          `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
        WHERE datname = current_database() AND pid NOT IN (pg_backend_pid(), $2) AND wait_event_type = 'Lock' AND query LIKE $1`,
          [`%${queryLike}%`, holderPid],
        );
        return rows.some((r) => r.done);
      },
      { timeout: 10_000, interval: 50 },
    )
    .toBe(true);
}

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

describe("a database connection terminated mid-request", () => {
  it("answers the catalogue import with 503 unavailable, stores nothing, and the retry imports", async () => {
    const version = `kill-${suffix()}`;
    const text = sampleLibraryYaml(version);
    const { slug } = importCisoLibrary(text, "library.yaml");
    const post = () =>
      importRoute(
        new NextRequest("http://localhost/api/v1/catalogues/import", {
          method: "POST",
          body: text,
          headers: { authorization: `Bearer ${token}`, "content-type": "application/yaml" },
        }),
        ctx({}),
      );
    // The import's transaction starts by taking this advisory lock: hold it, so the request
    // waits inside its transaction, then terminate that backend.
    await holder.query("SELECT pg_advisory_lock(hashtext($1))", [`catalogue:${slug}:${version}`]);
    try {
      const pending = post();
      await terminateWaiter("pg_advisory_xact_lock");
      const res = await pending;
      expect(res.status).toBe(503);
      expect((await res.json()).error).toMatchObject({ code: "unavailable", requestId: expect.any(String) });
    } finally {
      await holder.query("SELECT pg_advisory_unlock_all()");
    }
    expect(await db().catalogue.count({ where: { slug, version } })).toBe(0);

    const retry = await post();
    expect(retry.status).toBe(201);
    expect(await db().catalogue.count({ where: { slug, version } })).toBe(1);
  });

  it("answers a score save (one plain pg statement) with 503 unavailable and keeps the process alive", async () => {
    const { evaluationId } = await createEvaluationFixture(owner.slug);
    await saveScore(await sessionActor(owner.userId), owner.slug, evaluationId, "EDGE-01", {
      value: 1,
      rationale: "first",
    });
    const put = () =>
      scoreRoute(
        new NextRequest(`http://localhost/api/v1/evaluations/${evaluationId}/scores/EDGE-01`, {
          method: "PUT",
          body: JSON.stringify({ value: 3, rationale: "second" }),
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        }),
        ctx({ id: evaluationId, criterionKey: "EDGE-01" }),
      );
    // The save's one statement locks its score row (UPDATE "Score" …): hold that row.
    await holder.query("BEGIN");
    try {
      await holder.query(
        `SELECT 1 FROM "Score" WHERE "evaluationId" = $1 AND "criterionKey" = 'EDGE-01' FOR UPDATE`,
        [evaluationId],
      );
      const pending = put();
      await terminateWaiter(`UPDATE "Score"`);
      const res = await pending;
      expect(res.status).toBe(503);
      expect((await res.json()).error.code).toBe("unavailable");
    } finally {
      await holder.query("ROLLBACK");
    }
    // A dropped connection is dropped for good: give pg's socket close a moment to surface.
    await new Promise((r) => setTimeout(r, 200));
    const score = await db().score.findFirstOrThrow({
      where: { evaluationId, criterionKey: "EDGE-01" },
      select: { value: true, version: true },
    });
    expect(score).toEqual({ value: 1, version: 1 });
    const retry = await put();
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ value: 3, version: 2 });
  });
});
