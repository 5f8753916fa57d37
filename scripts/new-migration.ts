/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL from the committed
 * migrations to prisma/schema.prisma. Usage: npm run db:migration -- add_frameworks
 * prisma/migrations/schema.snapshot is schema.prisma as of the last migration (the diff's
 * starting point); the drift test checks that the migrations really produce schema.prisma.
 */
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { schemaDiffSql } from "./prisma6/diff";
import { createThrowawayDatabase } from "./throwaway-db";

async function main() {
  const name = process.argv[2] ?? "";
  if (!/^[a-z0-9_]{3,60}$/.test(name)) {
    console.error("usage: npm run db:migration -- <name in snake_case, 3-60 chars>");
    process.exit(2);
  }
  const dir = path.join(process.cwd(), "prisma", "migrations");
  const db = await createThrowawayDatabase("scorecard_migration");
  try {
    const snapshot = path.join(dir, "schema.snapshot");
    const sql = await schemaDiffSql(db.url, existsSync(snapshot) ? { schemaFile: snapshot } : "empty");
    if (!/^(CREATE|ALTER|DROP)/m.test(sql)) {
      console.log("schema.prisma and the migrations agree: nothing to write.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const target = path.join(dir, `${stamp}_${name}`);
    await mkdir(target, { recursive: true });
    await writeFile(path.join(target, "migration.sql"), sql);
    await copyFile(path.join(process.cwd(), "prisma", "schema.prisma"), snapshot);
    console.log(`wrote ${path.relative(process.cwd(), target)}/migration.sql — review it, then commit.`);
  } finally {
    await db.drop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
