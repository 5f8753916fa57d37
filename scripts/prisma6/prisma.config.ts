import { PrismaPg } from "@prisma/adapter-pg";

// Prisma 6's CLI with its WASM schema engine: the one migration tool that runs offline.
// Used only to turn schema.prisma into SQL (scripts/new-migration.ts, the drift test).
const config = {
  experimental: { adapter: true },
  engine: "js",
  schema: process.env.PRISMA6_SCHEMA,
  adapter: async () =>
    new PrismaPg({
      connectionString: process.env.DATABASE_URL ?? "postgresql://localhost/unused",
      allowExitOnIdle: true, // or the CLI lingers for the pool's 10 s idle timeout
    }),
};

export default config;
