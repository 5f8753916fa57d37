import "server-only";
import { createHash } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors/app-error";
import type { InTransaction } from "../services/in-transaction";
import { readJsonBody } from "./body";

/** How long an answer is replayed: a client retrying a day later means a new request. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY = /^[\x21-\x7e]{1,255}$/;

const keyIssue = (message: string) => [{ field: "Idempotency-Key", message }];

/** Another request with the key committed first: this write is rolled back and the first replayed. */
class KeyTaken extends Error {}

interface Created<T> {
  /** The service's write; `within` must run inside its transaction. */
  write: (body: unknown, within?: InTransaction<T>) => Promise<T>;
  /** The answer's body made from the write's result. */
  present: (result: T) => unknown;
  status?: number;
  maxBytes?: number;
}

const answer = (status: number, body: unknown, replayed: boolean) =>
  NextResponse.json(body, {
    status,
    headers: { "Cache-Control": "no-store", ...(replayed ? { "Idempotent-Replayed": "true" } : {}) },
  });

/**
 * A creating POST that honours `Idempotency-Key`: the first request with a key stores its
 * answer (status and body) in the same transaction as the write, for 24 h, scoped to the
 * token's user and workspace, the method and the path. A retry with the key and the same body
 * gets that answer again (`Idempotent-Replayed: true`) and writes nothing; the key with another
 * body is refused with 422. Failed requests store nothing: their retry runs again. Without the
 * header the POST behaves as before.
 */
export async function idempotentCreate<T>(req: NextRequest, actor: Actor, o: Created<T>): Promise<Response> {
  const status = o.status ?? 201;
  const key = req.headers.get("idempotency-key");
  if (key !== null && !KEY.test(key))
    throw new AppError(
      "validation_failed",
      "Idempotency-Key must be 1–255 visible ASCII characters.",
      keyIssue("1–255 visible ASCII characters"),
    );
  const body = await readJsonBody(req, o.maxBytes);
  if (key === null || !actor.token) return answer(status, o.present(await o.write(body)), false);

  const scope = {
    userId: actor.userId,
    workspaceId: actor.token.workspaceId,
    method: req.method.toUpperCase(),
    path: req.nextUrl.pathname,
    key,
  };
  const requestHash = createHash("sha256").update(JSON.stringify(body)).digest("hex");
  // Expired answers are swept by whoever stores a new one (the index on expiresAt keeps it cheap).
  await db().idempotencyKey.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  const replay = async () => {
    const row = await db().idempotencyKey.findUnique({
      where: { userId_workspaceId_method_path_key: scope },
      select: { requestHash: true, status: true, body: true, expiresAt: true },
    });
    if (!row || row.expiresAt < new Date()) return null;
    if (row.requestHash !== requestHash)
      throw new AppError(
        "idempotency_key_reused",
        "This Idempotency-Key was used with another request body. Use a new key for a new request.",
        keyIssue("already used with another body"),
      );
    return answer(row.status, row.body, true);
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    const result = await o.write(body, async (tx, written) => {
      const stored = JSON.parse(JSON.stringify(o.present(written)));
      const { count } = await tx.idempotencyKey.createMany({
        data: [
          {
            ...scope,
            requestHash,
            status,
            body: stored,
            expiresAt: new Date(Date.now() + IDEMPOTENCY_TTL_MS),
          },
        ],
        skipDuplicates: true,
      });
      if (!count) throw new KeyTaken();
    });
    return answer(status, o.present(result), false);
  } catch (err) {
    if (!(err instanceof KeyTaken)) throw err;
    const first = await replay();
    if (first) return first;
    throw new AppError(
      "conflict",
      "A request with this Idempotency-Key is in progress; retry it.",
      keyIssue("in use"),
    );
  }
}
