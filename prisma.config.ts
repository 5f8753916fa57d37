import { defineConfig } from "prisma/config";

// Only `prisma generate` runs through Prisma 7's CLI here; migrations are written with
// scripts/new-migration.ts and applied by lib/postgres/migrate.ts (see README, "Migrations").
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
