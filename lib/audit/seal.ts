import "server-only";
import { pgPool } from "../db";
import { isDatabaseUnavailable } from "../http/database-errors";
import { chainHash, type ChainedFields } from "./canonical";

/**
 * Seals appended events into the hash chain: under the chain head's row lock, in one short
 * transaction per batch, the committed unsealed events get, in id order, the next seq, the
 * previous event's hash and their own hash (lib/audit/canonical.ts), and the head moves to
 * the last one. Seal order is chain order, so an id gap or a lower id committing late only
 * means a later seq. Sealers of several instances take turns on the head's lock.
 */
const BATCH = 500;
// An append is sealed this soon after it (one sealing per burst of appends).
export const SEAL_DELAY_MS = 200;
// One more sweep after a sealing, for transactions that committed after it read.
const STRAGGLER_MS = 2_000;

// Every statement of the sealer starts with this comment: pg_stat_activity (and the round-trip
// counts of the score save's test and benchmark) tell its work from requests' work.
export const SEALER_TAG = "/* audit sealer */";
const HEAD_SQL = `${SEALER_TAG} SELECT "hash", "seq"::text AS "seq" FROM "AuditChainHead" WHERE "id" = 1 FOR UPDATE`;
const UNSEALED_SQL = `${SEALER_TAG} SELECT "id"::text AS "id", "at", "actorId", "actorEmail", "workspaceId", "action", "targetType", "targetId", "ip", "userAgent", "before", "after"
  FROM "AuditEvent" WHERE "seq" IS NULL ORDER BY "id" LIMIT ${BATCH}`;
const SEAL_SQL = `${SEALER_TAG} UPDATE "AuditEvent" e SET "seq" = v."seq", "prevHash" = v."prev", "hash" = v."hash"
  FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS v("id", "seq", "prev", "hash") WHERE e."id" = v."id" AND e."seq" IS NULL`;
const MOVE_HEAD_SQL = `${SEALER_TAG} UPDATE "AuditChainHead" SET "prevHash" = "hash", "hash" = $1, "seq" = $2 WHERE "id" = 1`;

type Unsealed = ChainedFields & { id: string };

/** One batch in one transaction; returns how many events it sealed. */
async function sealBatch(): Promise<number> {
  const client = await pgPool().connect();
  let broken = false;
  const onError = () => {
    broken = true;
  };
  client.on("error", onError);
  try {
    await client.query(`${SEALER_TAG} BEGIN`);
    const head = (await client.query<{ hash: string; seq: string }>(HEAD_SQL)).rows[0];
    // No head row means the chain was tampered with: leave the events unsealed (verify says so).
    if (!head) throw new Error("audit chain head is missing; events stay unsealed");
    const rows = (await client.query<Unsealed>(UNSEALED_SQL)).rows;
    if (!rows.length) {
      await client.query(`${SEALER_TAG} COMMIT`);
      return 0;
    }
    let prev = head.hash;
    let seq = BigInt(head.seq);
    const ids: string[] = [],
      seqs: string[] = [],
      prevs: string[] = [],
      hashes: string[] = [];
    for (const r of rows) {
      seq++;
      const hash = chainHash(prev, r);
      ids.push(r.id);
      seqs.push(String(seq));
      prevs.push(prev);
      hashes.push(hash);
      prev = hash;
    }
    const sealed = await client.query(SEAL_SQL, [ids, seqs, prevs, hashes]);
    if (sealed.rowCount !== rows.length) throw new Error("audit events changed while sealing");
    await client.query(MOVE_HEAD_SQL, [prev, String(seq)]);
    await client.query(`${SEALER_TAG} COMMIT`);
    if (process.env.AUDIT_STDOUT !== "0") {
      // The SIEM copy of the chain: with it, rewriting sealed history (and the head) shows.
      process.stdout.write(
        `${JSON.stringify({ type: "audit.sealed", fromSeq: seqs[0], toSeq: String(seq), lastId: ids[ids.length - 1], hash: prev })}\n`,
      );
    }
    return rows.length;
  } catch (err) {
    await client.query(`${SEALER_TAG} ROLLBACK`).catch(() => {});
    // A connection the database dropped must not go back to the pool.
    broken = broken || isDatabaseUnavailable(err);
    throw err;
  } finally {
    client.removeListener("error", onError);
    client.release(broken);
  }
}

async function sealAll(): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await sealBatch();
    total += n;
    if (n < BATCH) return total;
  }
}

let running: Promise<number> | null = null;

/**
 * Seals every event committed before the call (one sealing at a time per process: a call
 * during a sealing runs after it). Verification calls this first.
 */
export function sealAuditChain(): Promise<number> {
  const next = (running ?? Promise.resolve(0)).catch(() => 0).then(sealAll);
  running = next;
  const clear = () => {
    if (running === next) running = null;
  };
  next.then(clear, clear);
  return next;
}

let timer: NodeJS.Timeout | null = null;
let straggler: NodeJS.Timeout | null = null;

function later(ms: number, sweep: boolean) {
  const t = setTimeout(() => {
    if (sweep) straggler = null;
    else timer = null;
    sealAuditChain().then(
      () => {
        if (!sweep && !straggler) straggler = later(STRAGGLER_MS, true);
      },
      (err) =>
        console.error(
          `[audit] sealing failed (retried after the next append): ${err instanceof Error ? err.message : err}`,
        ),
    );
  }, ms);
  t.unref(); // never keeps a CLI or test process alive
  return t;
}

/** Called after each append: seals within SEAL_DELAY_MS of the first unsealed append. */
export function scheduleSeal() {
  timer ??= later(SEAL_DELAY_MS, false);
}
