import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaClient } from "./generated/prisma/client";

/**
 * The one Prisma client. Every instance reads DATABASE_URL (the launcher sets it to the
 * embedded Postgres when the user gave none), so embedded and server Postgres share one path.
 * Short connect timeouts make requests fail fast with 503 while the database is down; pg's
 * pool replaces broken connections, so the app recovers by itself when it returns.
 */
function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set (start the app with `npm start`).");
  const pool = new Pool({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection dropped by the server must not crash the process; pg replaces it.
  pool.on("error", () => {});
  return { prisma: new PrismaClient({ adapter: new PrismaPg(pool) }), pool };
}

type Clients = ReturnType<typeof createClient>;
const globalForPrisma = globalThis as unknown as { scorecardDb?: Clients };

function clients(): Clients {
  globalForPrisma.scorecardDb ??= createClient();
  return globalForPrisma.scorecardDb;
}

/** Lazily created so that importing a module never needs a database (builds, type checks). */
export function db() {
  return clients().prisma;
}

/**
 * The same connections, for the few hot paths written as plain SQL (a score save): Prisma's
 * per-query overhead was a third of the server's CPU time under load (see BENCHMARKS.md).
 */
export function pgPool() {
  return clients().pool;
}

export async function disconnectDb() {
  const c = globalForPrisma.scorecardDb;
  globalForPrisma.scorecardDb = undefined;
  await c?.prisma.$disconnect();
  await c?.pool.end().catch(() => {});
}

export type { Prisma } from "./generated/prisma/client";
