import type { Prisma } from "../db";

/**
 * Work a caller adds to a service's write transaction, given the write's result: the API's
 * Idempotency-Key row is stored this way, so the answer is remembered if and only if the
 * write commits (lib/http/idempotency.ts).
 */
export type InTransaction<T> = (tx: Prisma.TransactionClient, result: T) => Promise<void>;
