import "server-only";
import { db } from "../db";
import { chainHash, GENESIS_HASH } from "./canonical";
import { sealAuditChain } from "./seal";

export type ChainStatus =
  | { ok: true; events: number; unsealed?: number }
  | { ok: false; events: number; brokenAt: string; reason: string; unsealed?: number };

/**
 * Seals what is committed, then recomputes every hash from the first event on, in chain
 * (seq) order, up to the head as read first (events sealed meanwhile are the next run's);
 * reports the first row that does not fit, and how many events are still unsealed, if any.
 */
export async function verifyAuditChain(): Promise<ChainStatus> {
  await sealAuditChain();
  const head = await db().auditChainHead.findUnique({ where: { id: 1 }, select: { hash: true, seq: true } });
  const unsealed = await db().auditEvent.count({ where: { seq: null } });
  const extra = unsealed > 0 ? { unsealed } : {};
  let prev = GENESIS_HASH;
  let cursor = 0n;
  let count = 0;
  for (;;) {
    const rows = await db().auditEvent.findMany({
      where: { seq: { gt: cursor, lte: head?.seq ?? 0n } },
      orderBy: { seq: "asc" },
      take: 1000,
    });
    if (!rows.length) {
      // The head records the newest hash: events removed from the end show up here.
      if (head?.hash !== prev)
        return {
          ok: false,
          events: count,
          brokenAt: "end",
          reason: "the newest events are missing (the chain head points past the last event)",
          ...extra,
        };
      return { ok: true, events: count, ...extra };
    }
    for (const r of rows) {
      count++;
      if (r.prevHash !== prev)
        return {
          ok: false,
          events: count,
          brokenAt: String(r.id),
          reason: "links to a different previous event (a row was removed or reordered)",
          ...extra,
        };
      const expected = chainHash(prev, r);
      if (expected !== r.hash)
        return {
          ok: false,
          events: count,
          brokenAt: String(r.id),
          reason: "content does not match its hash (the row was edited)",
          ...extra,
        };
      prev = r.hash;
    }
    cursor = rows[rows.length - 1].seq!;
  }
}
