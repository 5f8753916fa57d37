import { SEALER_TAG } from "../audit/seal";
import { pgPool } from "../db";

type Query = (...args: unknown[]) => unknown;
type ClientClass = { prototype: { query: Query } };

/**
 * Counts the SQL statements `fn` sends, Prisma's and plain pg's alike: both run on the app's
 * one pool (lib/db.ts), whose client class every connection is made from, so wrapping that
 * class's `query` sees each statement once, on whichever connection it runs. Only for tests
 * and benches: anything else running in this process meanwhile is counted too, except the audit
 * sealer's statements (tagged SEALER_TAG): it runs on its own timer, and a page that happens to
 * render during a sweep did not send them (CI counted 10 for a 5-statement page that way).
 */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{
  result: T;
  count: number;
  statements: string[];
  calls: Array<{ text: string; values: unknown[] }>;
}> {
  const Client = (pgPool() as unknown as { Client: ClientClass }).Client;
  const original = Client.prototype.query;
  const statements: string[] = [];
  const calls: Array<{ text: string; values: unknown[] }> = [];
  Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0];
    const text = typeof q === "string" ? q : (q as { text?: string } | null)?.text;
    if (typeof text === "string" && !text.startsWith(SEALER_TAG)) {
      statements.push(text.replace(/\s+/g, " ").slice(0, 160));
      // The parameters too, so a bench can replay exactly these statements on their own.
      calls.push({
        text,
        values: (Array.isArray(args[1]) ? args[1] : (q as { values?: unknown[] }).values) ?? [],
      });
    }
    return original.apply(this, args);
  };
  try {
    const result = await fn();
    return { result, count: statements.length, statements, calls };
  } finally {
    Client.prototype.query = original;
  }
}
