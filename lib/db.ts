import { PrismaPg } from "@prisma/adapter-pg";
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
  const adapter = new PrismaPg({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

type Client = ReturnType<typeof createClient>;
const globalForPrisma = globalThis as unknown as { scorecardPrisma?: Client };

/** Lazily created so that importing a module never needs a database (builds, type checks). */
export function db(): Client {
  globalForPrisma.scorecardPrisma ??= createClient();
  return globalForPrisma.scorecardPrisma;
}

export async function disconnectDb() {
  await globalForPrisma.scorecardPrisma?.$disconnect();
  globalForPrisma.scorecardPrisma = undefined;
}

export type { Prisma } from "./generated/prisma/client";
