/**
 * `npm run bench`: seeds a throwaway database on a PostgreSQL server (DATABASE_URL, default
 * local), runs every benchmark against the built app, prints one table with PASS/MISS per
 * goal and writes it, with the machine, to BENCHMARKS.md. Not part of `npm test`.
 */
import { writeFileSync } from "node:fs";
import { Client } from "pg";
import { buildIfNeeded } from "../build-if-needed";
import { seededDatabase } from "../seeded-database";
import { startApp } from "./app-server";
import { benchCatalogue } from "./catalogue";
import { benchHostileImports, benchOscalImport } from "./catalogue-import";
import { machine } from "./measure";
import { benchColdStart, benchRestart, coldStartPhases, coldStartRows } from "./cold-start";
import { benchComparePage, compareFixture } from "./compare";
import { benchCisoMappingImport, benchComparisonReadiness, crosswalkRows } from "./crosswalks";
import { benchOpenLoop, openLoopRows } from "./open-loop";
import { benchIsolation, isolationRows, ISOLATION_ENV } from "./isolation";
import { isolationFixture } from "./isolation-fixture";
import { benchLargeCompare, benchPace, FLAT_GROWTH, LARGE_NOTE } from "./large";
import { benchBrowserProfiles, browserProfileRows, buildWithBrowserMaps } from "./browser-profile";
import { benchLighthouse, lighthouseRows } from "./lighthouse";
import { storeLargeDataset } from "./large-store";
import { pageStatements, replaySql } from "./pages";
import { benchPdfReport } from "./pdf";
import { benchSaveFloor, saveFloorRows } from "./save-floor";
import { benchSaveProfile, saveProfileRows } from "./save-profile";
import { benchCompareProfile, compareProfileRows } from "./pages-profile";
import { benchSavedComparisons, SAVED_COUNT, SAVED_VENDORS } from "./saved-comparisons";
import { benchEvaluationPage, benchScoreSaves } from "./scoring";
import { scoringFixture } from "./scoring-fixture";
import { dropBenchDatabase } from "./standalone";

const PORT = 3290;
const PROFILE_PORT = 3297;
const ms = (v: number) => `${v.toFixed(2)} ms`;
const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");

// Why the p99 goal is missed, so the table is read correctly (kept with the code that measures it).
const SAVE_NOTE = [
  "Reading the score-save rows: autocannon keeps 50 connections busy back to back (a closed loop), so the",
  "latency it reports is mostly queueing. By Little's law p50 ≈ 50 / throughput, and a p99 under 50 ms",
  "would need well over 1,000 saves/s. The app, PostgreSQL and the load generator share 2 cores here, and",
  "one save costs the Next.js server 7–13 ms of CPU (the 1-connection row), so the goal is out of reach",
  "on this machine: the row says MISS. Each save is one autocommitted statement (row lock, score + history +",
  "audit event, sealed into the hash chain within 200 ms) committed with fsync before the 2xx; the lost-writes",
  "row counts history rows against 2xx answers.",
].join("\n");

// What the saved-comparison rows replaced, measured once on the code before (kept with the code that measures it).
const SAVED_NOTE = [
  "Reading the saved-comparison rows: before issue 12 the compare page computed every saved comparison's leader",
  "while rendering (one comparison load each). Standalone run (scripts/bench/saved-comparisons.ts) on 2026-12-02,",
  "same machine: 190 ms with the sample set's one saved comparison, 9,335 ms with 50 saved 20-vendor comparisons",
  "(49×). Now the page lists nothing itself; the browser fetches the list 10 at a time (the last row).",
].join("\n");

const PAGES: Array<[string, "compare" | "dashboard" | "overview" | "scoring"]> = [
  ["compare page, 10 vendors", "compare"],
  ["dashboard", "dashboard"],
  ["evaluation overview", "overview"],
  ["scoring page", "scoring"],
];

/** A session of `slug`'s owner, for counting the page services' statements in-process. */
async function benchSession(slug: string) {
  const { db } = await import("../../lib/db");
  const { createSession } = await import("../../lib/services/accounts/sessions");
  const owner = await db().membership.findFirstOrThrow({
    where: { workspace: { slug }, role: "owner" },
    select: { userId: true },
  });
  return (await createSession(owner.userId, { ip: "127.0.0.1", userAgent: "bench" })).id;
}

async function main() {
  buildIfNeeded();
  buildWithBrowserMaps(); // before anything is timed: a build takes both cores for minutes
  const db = await seededDatabase("scorecard_bench");
  process.env.NEXTAUTH_SECRET = "bench-only-secret";
  const app = { proc: undefined as Awaited<ReturnType<typeof startApp>> | undefined };
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const fixture = await scoringFixture(base, "bench-only-secret");
    const compareIds = await compareFixture("bench");
    // ISOLATION_ENV: a pool of 20 connections, and the rate limits off (the bench is its own load).
    app.proc = await startApp(PORT, db.url, ISOLATION_ENV);
    const cat = await benchCatalogue(db.url, base);
    const oscalImport = await benchOscalImport();
    const hostile = await benchHostileImports();
    const pdf = await benchPdfReport(db.url);
    const evPage = await benchEvaluationPage(fixture, db.url);
    const compare = await benchComparePage(base, "bench", fixture.cookie, compareIds, db.url);
    const readiness = await benchComparisonReadiness(base, "bench", fixture, compareIds);
    const mappingImport = await benchCisoMappingImport();
    const pages = await pageStatements("bench", await benchSession("bench"), compareIds, compareIds[0]);
    const pagesSql = await replaySql(db.url, pages.replay);
    const saved = await benchSavedComparisons(base, "bench", fixture.cookie);
    // Before the load tests: Lighthouse times the browser on a machine otherwise idle.
    const light = await benchLighthouse(base, "bench", fixture.cookie, compareIds.slice(0, 5));
    // The same two pages profiled in the browser (a second instance, the source-mapped build).
    const browser = await benchBrowserProfiles(
      PROFILE_PORT,
      db.url,
      ISOLATION_ENV,
      `/w/bench/compare?e=${compareIds.slice(0, 5).join(",")}`,
      fixture.cookie,
    );
    const saves = await benchScoreSaves(fixture, db.url);
    const floor = await benchSaveFloor(fixture, db.url, app.proc.pid!);
    const openLoop = await benchOpenLoop(fixture, db.url, [], app.proc.pid!);
    // Profiles of a second instance while the first idles: the evidence behind two MISS rows.
    const saveProfile = await benchSaveProfile(fixture, db.url, PROFILE_PORT, ISOLATION_ENV);
    const compareProfile = await benchCompareProfile(
      db.url,
      PROFILE_PORT,
      ISOLATION_ENV,
      "bench",
      fixture.cookie,
      compareIds,
    );
    const isolation = await benchIsolation(base, app.proc.pid!, await isolationFixture());
    // The same page again, just before the load: "flat" compares two figures of one server state
    // (heap, caches and history table after the load tests), so only the large set differs.
    const compareBefore = await benchComparePage(base, "bench", fixture.cookie, compareIds, db.url);
    const paceBefore = await benchPace(base);
    // Last before the cold start: every earlier row is measured without the 600,000 extra scores.
    const large = await storeLargeDataset(db.url, "bench");
    const withLarge = await benchLargeCompare(
      base,
      "bench",
      fixture.cookie,
      db.url,
      compareIds,
      large.compareIds,
    );
    app.proc?.kill("SIGTERM");
    const cold = await benchColdStart();
    const restart = await benchRestart(3, { setUp: true });
    const restartNew = await benchRestart();
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    const server = (await pg.query("SHOW server_version")).rows[0].server_version;
    await pg.end();

    const table = [
      "| measurement | median | ratio / goal | |",
      "|---|---:|---:|---|",
      `| raw SQL of the catalogue page (1 query, 58 rows) | ${ms(cat.sql)} | 1.0× | |`,
      `| catalogue service \`getCatalogue\` (Prisma) | ${ms(cat.service)} | ${(cat.service / cat.sql).toFixed(1)}× SQL | |`,
      `| catalogue page \`GET ${cat.path}\` (${Math.round(cat.pageBytes / 1024)} KiB, full render over HTTP) | ${ms(cat.page)} | ${(cat.page / cat.sql).toFixed(1)}× SQL | |`,
      `| for scale: \`GET /catalogues\` (small page, same shell) | ${ms(cat.floor)} | ${(cat.floor / cat.sql).toFixed(1)}× SQL | |`,
      `| OSCAL import: NIST 800-53 rev5 moderate (${(oscalImport.bytes / 2 ** 20).toFixed(1)} MiB, ${oscalImport.criteria} criteria, one transaction) | ${ms(oscalImport.median)} | goal < 3 s | ${verdict(oscalImport.median < 3000)} |`,
      `| hostile YAML refused: 60,000 keys (${Math.round(hostile.yaml.bytes / 1024)} KiB; 97 s of CPU before the limits), keys limit | ${ms(hostile.yaml.median)} | goal < 1 s | ${verdict(hostile.yaml.median < 1000)} |`,
      `| hostile OSCAL refused: self-inserting and chained parameters (${(hostile.oscal.bytes / 1024).toFixed(1)} KiB; 1.5 GB then a 500 before), expanded-text limit | ${ms(hostile.oscal.median)} | goal < 1 s | ${verdict(hostile.oscal.median < 1000)} |`,
      `| PDF report: ${pdf.vendors}-vendor comparison (${pdf.criteria} criteria, ${pdf.pages} pages, in-process service call) | ${ms(pdf.median)} | goal < 1.5 s | ${verdict(pdf.median < 1500)} |`,
      `| raw SQL of the evaluation page (${evPage.rows} score rows: 58 criteria × 5 reviewers) | ${ms(evPage.sql)} | 1.0× | |`,
      `| evaluation page (signed in, consensus, alpha, radar) | ${ms(evPage.page)} | ${(evPage.page / evPage.sql).toFixed(1)}× SQL | |`,
      `| raw SQL of the compare page (${compare.rows} score rows: ${compare.vendors} vendors × 58 criteria × 3 reviewers) | ${ms(compare.sql)} | 1.0× | |`,
      `| compare page, ${compare.vendors} vendors (signed in, server render; ranking and charts then computed in the browser) | ${ms(compare.page)} | ${(compare.page / compare.sql).toFixed(1)}× SQL; goal ≤ 2× | ${verdict(compare.page <= 2 * compare.sql)} |`,
      ...crosswalkRows(readiness, mappingImport, verdict),
      ...PAGES.map(([label, key]) => {
        // In a request the page's authorisation reads the memberships the layout read (React cache).
        const total = pages.counts.shell + pages.counts[key] - 1;
        return `| SQL statements per render: ${label} (page ${pages.counts[key]}, + session check and layout ${pages.counts.shell}, memberships shared) | ${total} | goal ≤ 5 | ${verdict(total <= 5)} |`;
      }),
      `| the compare page's ${pages.replay.length} statements replayed alone, one connection (10 vendors) | ${ms(pagesSql)} | 1.0× | |`,
      `| compare page, ${compare.vendors} vendors, against the statements it runs | ${ms(compare.page)} | ${(compare.page / pagesSql).toFixed(1)}× its SQL; goal ≤ 2× (for scale: the same route with nothing selected, no comparison read, ${ms(saved.without)} = ${(saved.without / pagesSql).toFixed(1)}×) | ${verdict(compare.page <= 2 * pagesSql)} |`,
      ...compareProfileRows(compareProfile, compare.vendors, { page: compare.page, sql: pagesSql }),
      `| compare page, no selection (lists saved comparisons): the sample set's 1 saved comparison | ${ms(saved.without)} | 1.0× | |`,
      `| compare page, no selection, with ${SAVED_COUNT} saved ${SAVED_VENDORS}-vendor comparisons (the list is fetched after the page) | ${ms(saved.withSaved)} | ${(saved.withSaved / saved.without).toFixed(2)}×; goal flat (≤ ${FLAT_GROWTH}×) | ${verdict(saved.withSaved / saved.without <= FLAT_GROWTH)} |`,
      `| saved comparisons list, first page (${saved.listed} with their leaders) (\`GET /w/…/compare/saved\`, fetched by the browser) | ${saved.list === null ? "n/a" : ms(saved.list)} | | |`,
      `| large set stored: 1,000-criterion catalogue (import service), ${large.counts.frameworks} frameworks, ${large.counts.scores.toLocaleString("en")} scores + history (pg bulk inserts, one transaction) | ${large.seconds.total.toFixed(1)} s | | |`,
      `| compare page, ${compare.vendors} vendors, again just before the large set is stored (after the load tests) | ${ms(compareBefore.page)} | ${(compareBefore.page / compare.page).toFixed(2)}× the run's first figure | |`,
      `| raw SQL of the compare page, ${withLarge.owasp.vendors} vendors (OWASP), with the large set stored | ${ms(withLarge.owasp.sql)} | ${(withLarge.owasp.sql / compareBefore.sql).toFixed(2)}× just before it | |`,
      `| compare page, ${withLarge.owasp.vendors} vendors (OWASP), with the large set stored (${large.counts.scores.toLocaleString("en")} more scores) | ${ms(withLarge.owasp.page)} | ${(withLarge.owasp.page / withLarge.owasp.sql).toFixed(1)}× SQL; ${(withLarge.owasp.page / compareBefore.page).toFixed(2)}× just before it, goal flat (≤ ${FLAT_GROWTH}×; the machine's pace over the same minutes, \`GET /catalogues\` reading no scores: ${ms(paceBefore)} → ${ms(withLarge.pace)}, ${(withLarge.pace / paceBefore).toFixed(2)}×) | ${verdict(withLarge.owasp.page / compareBefore.page <= FLAT_GROWTH)} |`,
      `| raw SQL of the compare page, ${withLarge.large.vendors} vendors × 1,000 criteria × 3 reviewers (${withLarge.large.rows.toLocaleString("en")} score rows) | ${ms(withLarge.large.sql)} | 1.0× | |`,
      `| compare page, ${withLarge.large.vendors} vendors × 1,000 criteria (large set stored) | ${ms(withLarge.large.page)} | ${(withLarge.large.page / withLarge.large.sql).toFixed(1)}× SQL; goal < 500 ms | ${verdict(withLarge.large.page < 500)} |`,
      ...coldStartRows(cold, restart, restartNew),
      `| score save via API, 1 connection (server time per save, no queueing) | ${ms(saves.single)} | | |`,
      `| score save via API, 50 connections: p50 | ${ms(saves.p50)} | | |`,
      `| score save via API, 50 connections: p99 | ${ms(saves.p99)} | goal < 50 ms | ${verdict(saves.p99 < 50)} |`,
      `| score save via API: throughput | ${saves.rps.toFixed(0)} req/s | | |`,
      `| score save via API: errors (non-2xx, timeouts) | ${saves.errors} | goal 0 | ${verdict(saves.errors === 0)} |`,
      `| score save via API: lost writes (2xx answers ${saves.acknowledged}, rows stored ${saves.stored}) | ${saves.lost} | goal 0 | ${verdict(saves.lost === 0)} |`,
      ...saveFloorRows(floor),
      ...saveProfileRows(saveProfile),
      ...openLoopRows(openLoop),
      ...isolationRows(isolation),
      ...lighthouseRows(light),
      ...browserProfileRows(browser, light.vendors),
    ].join("\n");
    const when = new Date().toISOString().slice(0, 16).replace("T", " ");
    writeFileSync(
      "BENCHMARKS.md",
      `# Benchmarks\n\nRun with \`npm run bench\` (needs a PostgreSQL server; it creates and drops a throwaway database).\nLatency figures: warm-up, then at least 5 rounds; the median of the round medians (autocannon: the median of 5 rounds of 5 s).\n\n## ${when} UTC\n\nMachine: ${machine()}; PostgreSQL ${server} on the same host; app and load generator share the 2 cores.\n\n${table}\n\n${SAVE_NOTE}\n\n${SAVED_NOTE}\n\n${LARGE_NOTE}\n\n${coldStartPhases(cold, restart, restartNew)}\n`,
    );
    console.log(`\n${table}\n\n${coldStartPhases(cold, restart, restartNew)}\n\nwritten to BENCHMARKS.md`);
  } finally {
    app.proc?.kill("SIGTERM");
    await dropBenchDatabase(db);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
