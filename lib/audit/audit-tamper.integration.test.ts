import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import type { ThrowawayDatabase } from "../../scripts/throwaway-db";
import { dropOwnDatabase, useOwnDatabase } from "../testing/own-database";

/**
 * Tampering breaks the chain for everyone, so this file runs on a database of its own: each
 * vitest file has its own fork, and lib/db reads DATABASE_URL lazily on first use.
 */
let own: ThrowawayDatabase;
let ids: bigint[] = [];

async function superuser(sql: string, params: unknown[] = []) {
  const c = new Client({ connectionString: own.url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** Edits behind the trigger's back, as someone with the database's owner rights could. */
async function tamper(sql: string, params: unknown[]) {
  await superuser(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
  try {
    await superuser(sql, params);
  } finally {
    await superuser(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
  }
}

const lib = async () => ({
  ...(await import("../db")),
  ...(await import("./record")),
  ...(await import("./verify")),
});

beforeAll(async () => {
  own = await useOwnDatabase("scorecard_audit");
  await superuser(`CREATE TABLE "_tamper_marker" (x int)`);
  const { db, recordAudit } = await lib();
  // Proves the Prisma client talks to this database before anything is tampered with.
  expect(await db().$queryRawUnsafe(`SELECT to_regclass('"_tamper_marker"')::text AS t`)).toEqual([
    { t: "_tamper_marker" },
  ]);
  const meta = { ip: "203.0.113.7", userAgent: "vitest" };
  for (let i = 0; i < 5; i++) {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        action: "test.event",
        actorEmail: `e${i}@example.test`,
        meta,
        targetType: "thing",
        targetId: String(i),
        before: { n: i },
        after: { n: i + 1, nested: { b: 2, a: [1, "x"] } },
      }),
    );
  }
  ids = (await db().auditEvent.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((r) => r.id);
});

afterAll(() => dropOwnDatabase(own));

describe("audit log tamper evidence", () => {
  it("verifies an untouched chain", async () => {
    const { verifyAuditChain } = await lib();
    expect(ids).toHaveLength(5);
    expect(await verifyAuditChain()).toEqual({ ok: true, events: 5 });
  });

  it("refuses UPDATE, DELETE and TRUNCATE through the application's connection", async () => {
    const { db } = await lib();
    await expect(
      db().$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'x' WHERE "id" = $1`, ids[0]),
    ).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = $1`, ids[0])).rejects.toThrow(
      /append-only/,
    );
    await expect(db().$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await db().auditEvent.count()).toBe(5);
  });

  it("names the edited row when an event's content is changed behind the trigger", async () => {
    const { verifyAuditChain } = await lib();
    const [{ after }] = await superuser(`SELECT "after"::text AS after FROM "AuditEvent" WHERE "id" = $1`, [
      String(ids[2]),
    ]);
    await tamper(`UPDATE "AuditEvent" SET "after" = '{"n": 999}' WHERE "id" = $1`, [String(ids[2])]);
    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      brokenAt: String(ids[2]),
      reason: expect.stringMatching(/edited/),
    });

    // Putting the original content back makes it verify again: detection is by content.
    await tamper(`UPDATE "AuditEvent" SET "after" = $2::jsonb WHERE "id" = $1`, [String(ids[2]), after]);
    expect(await verifyAuditChain()).toEqual({ ok: true, events: 5 });

    await tamper(`UPDATE "AuditEvent" SET "action" = 'test.harmless' WHERE "id" = $1`, [String(ids[3])]);
    expect(await verifyAuditChain()).toMatchObject({ ok: false, brokenAt: String(ids[3]) });
    await tamper(`UPDATE "AuditEvent" SET "action" = 'test.event' WHERE "id" = $1`, [String(ids[3])]);
  });

  it("keeps the chain whole under concurrent appends, and verifies text with lone surrogates", async () => {
    const { db, recordAudit, verifyAuditChain } = await lib();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db().$transaction((tx) =>
          recordAudit(tx, { action: "test.concurrent", targetId: String(i), after: { i } }),
        ),
      ),
    );
    await db().$transaction((tx) =>
      recordAudit(tx, {
        action: "test.odd-text",
        actorEmail: "odd\uD800@example.test",
        after: { text: "a\uDC00b — ünïcødé 漢字 \u202Eevil" },
      }),
    );
    expect(await verifyAuditChain()).toEqual({ ok: true, events: 18 });
  });

  it("refuses to move the chain head backwards or delete it", async () => {
    const { db } = await lib();
    await expect(
      db().$executeRawUnsafe(
        `UPDATE "AuditChainHead" SET "hash" = repeat('0', 64), "prevHash" = repeat('1', 64)`,
      ),
    ).rejects.toThrow(/only moves forward/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditChainHead"`)).rejects.toThrow(
      /only moves forward/,
    );
    await expect(db().$executeRawUnsafe(`TRUNCATE "AuditChainHead"`)).rejects.toThrow(/only moves forward/);
  });

  it("names the row after a deleted one", async () => {
    const { verifyAuditChain } = await lib();
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
    await superuser(`CREATE TABLE "_removed" AS SELECT * FROM "AuditEvent" WHERE "id" = $1`, [
      String(ids[1]),
    ]);
    await tamper(`DELETE FROM "AuditEvent" WHERE "id" = $1`, [String(ids[1])]);
    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      brokenAt: String(ids[2]),
      reason: expect.stringMatching(/removed or reordered/),
    });
    await tamper(`INSERT INTO "AuditEvent" SELECT * FROM "_removed"`, []);
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("detects events removed from the end of the chain", async () => {
    const { verifyAuditChain } = await lib();
    // The end of the chain in chain order (seq): a lower id that committed late is sealed later.
    const [{ id }] = await superuser(
      `SELECT "id"::text AS id FROM "AuditEvent" ORDER BY "seq" DESC NULLS LAST LIMIT 1`,
    );
    await tamper(`DELETE FROM "AuditEvent" WHERE "id" = $1`, [id]);
    expect(await verifyAuditChain()).toMatchObject({
      ok: false,
      brokenAt: "end",
      reason: expect.stringMatching(/newest events are missing/),
    });
  });
});
