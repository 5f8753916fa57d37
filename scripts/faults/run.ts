/**
 * `npm run test:faults` (run by .ci/run): under a steady score-save load, stop and restart the
 * PostgreSQL server, then check that
 *   - every save the API acknowledged with 2xx is in the database (0 lost),
 *   - during the outage requests fail fast (≤ 5 s) with 503 and the "unavailable" error,
 *   - /api/health answers 503 during the outage and 200 after it,
 *   - the same app process serves saves again afterwards (no restart).
 * Needs a local PostgreSQL server it may stop (DATABASE_URL, default 127.0.0.1:5432).
 */
import { Client } from "pg";
import { startApp } from "../bench/app-server";
import { scoringFixture } from "../bench/scoring-fixture";
import { buildIfNeeded } from "../build-if-needed";
import { LOCAL_SERVER, seededDatabase } from "../seeded-database";
import { startLoad } from "./load";
import { postgresControl } from "./postgres-control";

const PORT = 3297;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const health = async (base: string) =>
  (await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) }).catch(() => null))?.status ?? 0;

async function waitFor(what: string, ok: () => Promise<boolean>, ms: number) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(200)) if (await ok()) return;
  throw new Error(`timed out waiting for ${what}`);
}

async function main() {
  buildIfNeeded();
  const pg = postgresControl(LOCAL_SERVER);
  const db = await seededDatabase("scorecard_faults");
  process.env.NEXTAUTH_SECRET = "faults-only-secret";
  const base = `http://127.0.0.1:${PORT}`;
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  const problems: string[] = [];
  try {
    const f = await scoringFixture(base, "faults-only-secret");
    const { disconnectDb } = await import("../../lib/db");
    await disconnectDb(); // this process's own connections must not count as the app's
    app = await startApp(PORT, db.url, { DATABASE_POOL_SIZE: "10", NEXTAUTH_SECRET: "faults-only-secret" });
    const pid = app.pid;

    const load = startLoad(base, f.token, f.evaluationIds, f.criterionKeys);
    await sleep(3_000);
    const ackedBefore = load.acks.length;
    console.log(`steady load: ${ackedBefore} saves acknowledged; stopping PostgreSQL`);
    const down = Date.now();
    pg.stop();
    await waitFor("/api/health to answer 503", async () => (await health(base)) === 503, 10_000);
    await sleep(5_000);
    const outage = load.failures.filter((x) => x.at >= down);
    console.log(
      `outage: ${outage.length} failed requests, slowest ${Math.max(0, ...outage.map((x) => x.ms))} ms; starting PostgreSQL`,
    );
    pg.start();
    const up = Date.now();
    await waitFor("/api/health to answer 200 again", async () => (await health(base)) === 200, 60_000);
    console.log(`recovered in ${Date.now() - up} ms after the server started`);
    const ackedAtRecovery = load.acks.length;
    await sleep(3_000);
    await load.stop();

    if (ackedBefore === 0) problems.push("no save succeeded before the outage");
    if (outage.length === 0)
      problems.push("no request failed during the outage (was the database really down?)");
    const slow = outage.filter((x) => x.ms > 5_000);
    if (slow.length)
      problems.push(
        `${slow.length} requests took over 5 s during the outage (slowest ${Math.max(...slow.map((x) => x.ms))} ms)`,
      );
    const unclear = outage.filter((x) => x.status !== 503 || x.code !== "unavailable");
    if (unclear.length)
      problems.push(
        `${unclear.length} outage failures were not 503 "unavailable": ${JSON.stringify(unclear.slice(0, 3))}`,
      );
    if (load.acks.length <= ackedAtRecovery) problems.push("no save succeeded after the database came back");
    if (app.exitCode !== null || app.pid !== pid) problems.push("the app process did not survive the outage");

    // Every acknowledged save must be in the history, at the version the API returned.
    const c = new Client({ connectionString: db.url });
    await c.connect();
    const stored = new Set(
      (
        await c.query<{ k: string }>(
          `SELECT s."evaluationId" || '/' || s."criterionKey" || '/' || h.version AS k FROM "ScoreHistory" h JOIN "Score" s ON s.id = h."scoreId"`,
        )
      ).rows.map((r) => r.k),
    );
    await c.end();
    const lost = load.acks.filter((a) => !stored.has(`${a.evaluationId}/${a.criterionKey}/${a.version}`));
    console.log(
      `acknowledged ${load.acks.length} saves in all; lost ${lost.length}; failures ${load.failures.length}`,
    );
    if (lost.length)
      problems.push(
        `${lost.length} acknowledged saves are missing, e.g. ${JSON.stringify(lost.slice(0, 3))}`,
      );
  } finally {
    try {
      pg.start();
    } catch {
      /* already running */
    }
    app?.kill("SIGTERM");
    await sleep(500);
    await db.drop().catch((err) => console.error(`could not drop ${db.url}: ${err.message}`));
  }
  if (problems.length) {
    console.error(`FAULT TEST FAILED:\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log("fault test passed: 0 lost, fast 503s during the outage, recovered without a restart");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
