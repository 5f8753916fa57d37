/**
 * Errors that mean "the database cannot be reached or dropped us", as opposed to a bad query:
 * connection refused/reset, the server shutting down or restarting (57P01 admin_shutdown when
 * a backend is terminated, 57P02 crash, 57P03 cannot connect now), too many connections.
 */
const CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE",
  "57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006",
  // Prisma's own codes for the same: can't reach, timed out, closed, too many connections.
  "P1001", "P1002", "P1008", "P1017", "P2037",
]);

// pg's messages for a connection that died under a query or between the queries of a
// transaction carry no code ("Connection terminated unexpectedly", "Client has encountered a
// connection error and is not queryable").
const MESSAGES = /connect(ion)? (timeout|terminated|refused)|timeout exceeded when trying to connect|Connection terminated|connection error and is not queryable|terminating connection due to|the database system is (shutting down|starting up|in recovery mode)|Server has closed the connection|DatabaseNotReachable/i;

/**
 * Walks the error and what it wraps: `cause` chains, and Prisma 7's driver-adapter errors,
 * which arrive as `PrismaClientKnownRequestError` (P2010 for raw queries, P2039 for model
 * queries) holding the pg error under `meta.driverAdapterError.cause` with its SQLSTATE.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const queue: unknown[] = [err];
  for (let seen = 0; queue.length && seen < 12; seen++) {
    const e = queue.shift();
    if (!e || typeof e !== "object") continue;
    const { code, originalCode, message, cause, meta } = e as { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if ((typeof code === "string" && CODES.has(code)) || (typeof originalCode === "string" && CODES.has(originalCode))) return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    queue.push(cause, meta?.driverAdapterError);
  }
  return false;
}
