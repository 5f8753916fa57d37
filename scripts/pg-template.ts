/**
 * The embedded database's template (lib/postgres/template.ts): every migration applied and
 * the catalogues loaded, made once per set of migrations and catalogue files. `npm run build`
 * makes it, so the first `npm start` finds it; `npm start` makes it when it is missing.
 *   tsx --conditions=react-server scripts/pg-template.ts   (nothing to do with DATABASE_URL set)
 */
import path from "node:path";
import { migrate, readMigrations, type Migration } from "../lib/postgres/migrate";
import { copyTemplate, ensureTemplate, templateKey, TEMPLATE_ROOT } from "../lib/postgres/template";

export async function prepare(url: string, migrations?: Migration[]) {
  await migrate(url, migrations);
  const saved = { url: process.env.DATABASE_URL, pool: process.env.DATABASE_POOL_SIZE };
  // The seed goes through the app's own client, pointed at the template for the time being.
  process.env.DATABASE_URL = url;
  process.env.DATABASE_POOL_SIZE = "1";
  const { disconnectDb } = await import("../lib/db");
  try {
    const { seedCatalogues } = await import("../lib/services/catalogues/catalogue-seed");
    await seedCatalogues();
  } finally {
    await disconnectDb();
    if (saved.url === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved.url;
    if (saved.pool === undefined) delete process.env.DATABASE_POOL_SIZE;
    else process.env.DATABASE_POOL_SIZE = saved.pool;
  }
}

/** The files seedCatalogues loads (catalogues, then crosswalk targets and mappings), which the template holds. */
export async function seedFiles() {
  const { seedSources } = await import("../lib/services/catalogues/seed-files");
  return Object.values(await seedSources())
    .flat()
    .map((f) => path.resolve(f.source));
}

/** The current template's data dir, made if missing (`root`: elsewhere, for tests). */
export async function pgTemplate(root = TEMPLATE_ROOT) {
  return ensureTemplate(templateKey(await readMigrations(), await seedFiles()), prepare, root);
}

/** A new (missing or empty) data dir becomes a copy of the template; returns whether it did. */
export async function newDataDirFromTemplate(dataDir: string, root = TEMPLATE_ROOT) {
  return copyTemplate(await pgTemplate(root), dataDir);
}

if (process.argv[1]?.endsWith("pg-template.ts") && !process.env.DATABASE_URL) {
  pgTemplate().then(
    (dir) => console.log(`Embedded database template: ${dir}`),
    (err) => {
      console.error(`Embedded database template failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
