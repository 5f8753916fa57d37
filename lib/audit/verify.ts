import "server-only";
import { db } from "../db";
import { chainHash, GENESIS_HASH } from "./canonical";

export type ChainStatus = { ok: true; events: number } | { ok: false; events: number; brokenAt: string; reason: string };

/** Recomputes every hash from the first event on; reports the first row that does not fit. */
export async function verifyAuditChain(): Promise<ChainStatus> {
  let prev = GENESIS_HASH;
  let cursor: bigint | undefined;
  let count = 0;
  for (;;) {
    const rows = await db().auditEvent.findMany({
      where: cursor === undefined ? {} : { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: 1000,
    });
    if (!rows.length) {
      // The head records the newest hash: events removed from the end show up here.
      const head = await db().auditChainHead.findUnique({ where: { id: 1 }, select: { hash: true } });
      if (head?.hash !== prev) return { ok: false, events: count, brokenAt: "end", reason: "the newest events are missing (the chain head points past the last event)" };
      return { ok: true, events: count };
    }
    for (const r of rows) {
      count++;
      if (r.prevHash !== prev) return { ok: false, events: count, brokenAt: String(r.id), reason: "links to a different previous event (a row was removed or reordered)" };
      const expected = chainHash(prev, r);
      if (expected !== r.hash) return { ok: false, events: count, brokenAt: String(r.id), reason: "content does not match its hash (the row was edited)" };
      prev = r.hash;
    }
    cursor = rows[rows.length - 1].id;
  }
}
