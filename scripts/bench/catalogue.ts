/**
 * `npm run bench`: the catalogue page against the raw SQL it needs, on the same throwaway
 * database in the same run. Needs a PostgreSQL server (DATABASE_URL, default local).
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { Client } from "pg";
import { migrate } from "../../lib/postgres/migrate";
import { buildIfNeeded } from "../build-if-needed";
import { createThrowawayDatabase } from "../throwaway-db";
import { machine, measure } from "./measure";

const SERVER = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PORT = 3290;
const PAGE = "/catalogues/owasp-iot-framework/2016-03-18";

const RAW_SQL = `SELECT c.slug, c.version, c.title, c.publisher, c."publishedOn", c."sourceUrl", c.licence, c.scale,
    s.key AS s_key, s.title AS s_title, s.description AS s_description,
    cr.key, cr.title AS cr_title, cr.description AS cr_description
  FROM "Catalogue" c JOIN "Section" s ON s."catalogueId" = c.id JOIN "Criterion" cr ON cr."sectionId" = s.id
  WHERE c.slug = $1 AND c.version = $2 AND c.status = 'published'
  ORDER BY s.position, cr.position`;

async function waitFor(url: string) {
  for (let i = 0; i < 240; i++) {
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} never became healthy`);
}

async function main() {
  buildIfNeeded();
  const db = await createThrowawayDatabase("scorecard_bench", SERVER);
  const app = { proc: undefined as ReturnType<typeof spawn> | undefined };
  try {
    await migrate(db.url);
    process.env.DATABASE_URL = db.url;
    const { seedCatalogues } = await import("../../lib/services/catalogue-seed");
    const { getCatalogue } = await import("../../lib/services/catalogues");
    await seedCatalogues();

    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    const rows = (await pg.query(RAW_SQL, ["owasp-iot-framework", "2016-03-18"])).rowCount;
    if (rows !== 58) throw new Error(`raw SQL returned ${rows} rows, expected 58`);
    const sql = await measure(() => pg.query(RAW_SQL, ["owasp-iot-framework", "2016-03-18"]));
    const service = await measure(() => getCatalogue("owasp-iot-framework", "2016-03-18"));

    app.proc = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
      stdio: "ignore", env: { ...process.env, NODE_ENV: "production", NEXTAUTH_SECRET: "bench-only-secret" },
    });
    await waitFor(`http://127.0.0.1:${PORT}/api/health`);
    let pageBytes = 0;
    const page = await measure(async () => {
      const res = await fetch(`http://127.0.0.1:${PORT}${PAGE}`);
      const html = await res.text();
      pageBytes = Buffer.byteLength(html);
      if (res.status !== 200 || !html.includes("EDGE-26")) throw new Error(`page answered ${res.status}`);
    });
    // The framework's floor: a small page with one tiny query, rendered the same way.
    const floor = await measure(async () => {
      const res = await fetch(`http://127.0.0.1:${PORT}/catalogues`);
      await res.text();
    });
    const server = (await pg.query("SHOW server_version")).rows[0].server_version;
    await pg.end();

    const f = (ms: number) => `${ms.toFixed(2)} ms`;
    const table = [
      "| measurement | median | ratio to raw SQL |",
      "|---|---:|---:|",
      `| raw SQL the page needs (1 query, 58 rows) | ${f(sql.median)} | 1.0× |`,
      `| catalogue service \`getCatalogue\` (Prisma) | ${f(service.median)} | ${(service.median / sql.median).toFixed(1)}× |`,
      `| catalogue page \`GET ${PAGE}\` (full server render over HTTP, ${Math.round(pageBytes / 1024)} KiB) | ${f(page.median)} | ${(page.median / sql.median).toFixed(1)}× |`,
      `| for scale: \`GET /catalogues\` (small page, same shell) | ${f(floor.median)} | ${(floor.median / sql.median).toFixed(1)}× |`,
    ].join("\n");
    const when = new Date().toISOString().slice(0, 16).replace("T", " ");
    const report = `# Benchmarks\n\nRun with \`npm run bench\` (needs a PostgreSQL server; it creates and drops a throwaway database).\nEach figure: 20 warm-up calls, then 7 rounds of 40 sequential calls; the median of the round medians.\n\n## Catalogue page vs its raw SQL — ${when} UTC\n\nMachine: ${machine()}; PostgreSQL ${server} on the same host.\n\n${table}\n`;
    console.log(`\n${table}\n`);
    writeFileSync("BENCHMARKS.md", report);
    console.log("written to BENCHMARKS.md");
  } finally {
    app.proc?.kill("SIGTERM");
    const { disconnectDb } = await import("../../lib/db");
    await disconnectDb();
    await db.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
