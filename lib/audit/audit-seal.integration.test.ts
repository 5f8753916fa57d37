import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ThrowawayDatabase } from "../../scripts/throwaway-db";
import { dropOwnDatabase, useOwnDatabase } from "../testing/own-database";

/**
 * Appends insert unsealed events (no head lock); the sealer links them into the chain in
 * order. On a database of its own: the assertions count the whole chain.
 */
let own: ThrowawayDatabase;
const lib = async () => ({
  ...(await import("../db")),
  ...(await import("./record")),
  ...(await import("./seal")),
  ...(await import("./verify")),
});

beforeAll(async () => {
  own = await useOwnDatabase("scorecard_seal");
});
afterAll(() => dropOwnDatabase(own));

async function append(action: string, after: unknown = null) {
  const { db, recordAudit } = await lib();
  await db().$transaction((tx) => recordAudit(tx, { action, targetType: "thing", targetId: action, after }));
}

const chain = async () => {
  const { db } = await lib();
  return db().auditEvent.findMany({
    orderBy: { id: "asc" },
    select: { id: true, action: true, seq: true, prevHash: true, hash: true },
  });
};

describe("audit sealer", () => {
  it("inserts events unsealed and seals them in order within moments, without being asked", async () => {
    const { db } = await lib();
    for (let i = 0; i < 3; i++) await append(`test.auto-${i}`, { i });
    // The newest one was appended well within the sealing delay of the last append before it.
    expect((await chain()).at(-1)).toMatchObject({
      action: "test.auto-2",
      seq: null,
      hash: null,
      prevHash: null,
    });
    await expect
      .poll(async () => (await chain()).every((e) => e.seq !== null), { timeout: 3_000, interval: 50 })
      .toBe(true);
    const rows = await chain();
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => BigInt(i + 1)));
    for (let i = 1; i < rows.length; i++) expect(rows[i].prevHash).toBe(rows[i - 1].hash);
    expect(await db().auditChainHead.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      hash: rows[rows.length - 1].hash,
      seq: BigInt(rows.length),
    });
  });

  it("seals a lower id that commits late after the higher ones: chain order is seal order", async () => {
    const { db, sealAuditChain, verifyAuditChain, APPEND_SQL, appendValues, auditFields } = await lib();
    // A transaction that took its id first but commits last: its id is reserved now, written later.
    const [{ id: late }] = await db().$queryRawUnsafe<Array<{ id: bigint }>>(
      `SELECT nextval(pg_get_serial_sequence('"AuditEvent"', 'id')) AS id`,
    );
    await append("test.early-commit");
    await sealAuditChain();
    const lateSql = APPEND_SQL.replace(
      `INSERT INTO "AuditEvent" ("at"`,
      `INSERT INTO "AuditEvent" ("id", "at"`,
    ).replace("VALUES ($1::timestamptz", "VALUES ($12, $1::timestamptz");
    await db().$queryRawUnsafe(lateSql, ...appendValues(auditFields({ action: "test.late-commit" })), late);
    expect(await sealAuditChain()).toBe(1);
    const rows = await chain();
    const early = rows.find((r) => r.action === "test.early-commit")!;
    const lateRow = rows.find((r) => r.action === "test.late-commit")!;
    expect(lateRow.id < early.id).toBe(true);
    expect(lateRow.seq).toBe(early.seq! + 1n);
    expect(lateRow.prevHash).toBe(early.hash);
    expect(await verifyAuditChain()).toEqual({ ok: true, events: rows.length });
  });

  it("lets an event be sealed once and nothing else: edits of sealed or unsealed events are refused", async () => {
    const { db } = await lib();
    const [sealed] = await chain();
    await expect(
      db().$executeRawUnsafe(`UPDATE "AuditEvent" SET "seq" = "seq" WHERE "id" = $1`, sealed.id),
    ).rejects.toThrow(/append-only/);
    await expect(
      db().$executeRawUnsafe(`UPDATE "AuditEvent" SET "hash" = repeat('a', 64) WHERE "id" = $1`, sealed.id),
    ).rejects.toThrow(/append-only/);
    // An unsealed event (inside a transaction, so no sealer sees it): sealing it while also
    // changing its content is refused; so is deleting it.
    await expect(
      db().$transaction(async (tx) => {
        const [{ id }] = await tx.$queryRawUnsafe<Array<{ id: bigint }>>(
          `INSERT INTO "AuditEvent" ("action") VALUES ('test.unsealed') RETURNING "id"`,
        );
        await tx.$executeRawUnsafe(
          `UPDATE "AuditEvent" SET "seq" = 999, "prevHash" = repeat('b', 64), "hash" = repeat('c', 64), "action" = 'test.rewritten' WHERE "id" = $1`,
          id,
        );
      }),
    ).rejects.toThrow(/append-only/);
    await expect(
      db().$transaction(async (tx) => {
        const [{ id }] = await tx.$queryRawUnsafe<Array<{ id: bigint }>>(
          `INSERT INTO "AuditEvent" ("action") VALUES ('test.unsealed') RETURNING "id"`,
        );
        await tx.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = $1`, id);
      }),
    ).rejects.toThrow(/append-only/);
  });

  it("verifies after sealing what is committed, and many concurrent appends stay one chain", async () => {
    const { verifyAuditChain } = await lib();
    const before = (await chain()).length;
    await Promise.all(Array.from({ length: 20 }, (_, i) => append("test.concurrent", { i })));
    expect(await verifyAuditChain()).toEqual({ ok: true, events: before + 20 });
    expect((await chain()).every((e) => e.seq !== null)).toBe(true);
  });
});
