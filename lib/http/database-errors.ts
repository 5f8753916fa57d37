/** Errors that mean "the database cannot be reached", as opposed to a bad query. */
const CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "08006", "08001", "08003", "P1001", "P1002", "P1017"]);

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const { code, message, cause } = e as { code?: string; message?: string; cause?: unknown };
    if (code && CODES.has(code)) return true;
    if (message && /connect(ion)? (timeout|terminated|refused)|timeout exceeded when trying to connect|Connection terminated|DatabaseNotReachable/i.test(message)) return true;
    e = cause;
  }
  return false;
}
