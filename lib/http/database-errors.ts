/**
 * How a database failure should be answered. Two kinds, both 503 with Retry-After but meaning
 * different things to the client:
 *  - `unavailable`: the database cannot be reached or dropped us (connection refused/reset, the
 *    server shutting down or restarting: 57P01 admin_shutdown when a backend is terminated,
 *    57P02 crash, 57P03 cannot connect now, too many connections);
 *  - `busy`: the database is up but this instance's connection pool had no free connection
 *    within its acquire timeout (pg-pool's "timeout exceeded when trying to connect", raised
 *    only for a request that waited in the pool's queue): overload, not an outage.
 */
const CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  // Prisma's own codes for the same: can't reach, timed out, closed, too many connections.
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2037",
]);

// pg's messages for a connection that died under a query or between the queries of a
// transaction carry no code ("Connection terminated unexpectedly", "Client has encountered a
// connection error and is not queryable"). A *new* connection that could not be opened in time
// is "Connection terminated due to connection timeout": the server does not answer.
const MESSAGES =
  /connect(ion)? (timeout|terminated|refused)|Connection terminated|connection error and is not queryable|terminating connection due to|the database system is (shutting down|starting up|in recovery mode)|Server has closed the connection|DatabaseNotReachable/i;

// pg-pool's error for a checkout that waited its whole connectionTimeoutMillis in the pool's
// queue because every connection was in use (lib/db.ts): the pool is exhausted.
const POOL_EXHAUSTED = /timeout exceeded when trying to connect/i;

/** What a client told `busy` should wait before trying again, in seconds. */
export const BUSY_RETRY_AFTER_S = 1;
/** What an API client or a page is told with `503 busy` (admission and the route wrapper alike). */
export const BUSY_MESSAGE = "The server is busy; try again shortly.";

/**
 * Walks the error and what it wraps: `cause` chains, and Prisma 7's driver-adapter errors,
 * which arrive as `PrismaClientKnownRequestError` (P2010 for raw queries, P2039 for model
 * queries) holding the pg error under `meta.driverAdapterError.cause` with its SQLSTATE.
 */
function someLink(
  err: unknown,
  test: (e: { code?: unknown; originalCode?: unknown; message?: unknown }) => boolean,
): boolean {
  const queue: unknown[] = [err];
  for (let seen = 0; queue.length && seen < 12; seen++) {
    const e = queue.shift();
    if (!e || typeof e !== "object") continue;
    const { cause, meta } = e as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (test(e)) return true;
    queue.push(cause, meta?.driverAdapterError);
  }
  return false;
}

/** The pool had no free connection in time while the database itself is up: answer `busy`. */
export function isPoolExhausted(err: unknown): boolean {
  return someLink(err, ({ message }) => typeof message === "string" && POOL_EXHAUSTED.test(message));
}

/** The database is down or dropped us (never a pool that is merely exhausted): answer `unavailable`. */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (isPoolExhausted(err)) return false;
  return someLink(
    err,
    ({ code, originalCode, message }) =>
      (typeof code === "string" && CODES.has(code)) ||
      (typeof originalCode === "string" && CODES.has(originalCode)) ||
      (typeof message === "string" && MESSAGES.test(message)),
  );
}

/** `busy`, `unavailable`, or null for an error that is not about reaching the database. */
export function databaseFailure(err: unknown): "busy" | "unavailable" | null {
  if (isPoolExhausted(err)) return "busy";
  return isDatabaseUnavailable(err) ? "unavailable" : null;
}
