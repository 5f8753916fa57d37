/**
 * Issue 13, pages in one round of queries: the SQL statements each page runs (counted on the
 * app's pool, in-process, by the page's own services), and the compare page's server time
 * next to the same statements replayed alone on one connection (its SQL floor).
 * Standalone: `npx tsx --conditions=react-server scripts/bench/pages.ts`.
 */
import { Client } from "pg";
import { measure } from "./measure";
import { benchStandalone, ownerSession, runIfMain } from "./standalone";

export interface PageCounts {
  compare: number;
  dashboard: number;
  overview: number;
  scoring: number;
  shell: number;
}

/** Statements per page service, plus `shell`: the session check and the layout (memberships). */
export async function pageStatements(
  slug: string,
  sessionId: string,
  compareIds: string[],
  evaluationId: string,
) {
  const { countStatements } = await import("../../lib/testing/statement-count");
  const { actorFromSession } = await import("../../lib/services/accounts/sessions");
  const { workspaceNav } = await import("../../lib/services/workspaces/workspaces");
  const { comparePage } = await import("../../lib/services/comparisons/compare-page");
  const { workspaceDashboard } = await import("../../lib/services/workspaces/dashboard");
  const { evaluationPage } = await import("../../lib/services/evaluations/evaluation-page");
  const { scoringPage } = await import("../../lib/services/evaluations/scoring-page");
  const meta = { ip: "127.0.0.1", userAgent: "bench" };
  const actor = (await actorFromSession(sessionId, meta))!;
  const section = (await evaluationPage(actor, slug, evaluationId)).evaluation.sections.find(
    (s) => s.inScope,
  )!.key;
  await scoringPage(actor, slug, evaluationId, section); // a running server has its catalogue caches warm
  const shell = await countStatements(async () => {
    await actorFromSession(sessionId, meta);
    await workspaceNav(actor, slug);
  });
  const compare = await countStatements(() => comparePage(actor, slug, compareIds));
  const counts: PageCounts = {
    shell: shell.count,
    compare: compare.count,
    dashboard: (await countStatements(() => workspaceDashboard(actor, slug))).count,
    overview: (await countStatements(() => evaluationPage(actor, slug, evaluationId))).count,
    scoring: (await countStatements(() => scoringPage(actor, slug, evaluationId, section))).count,
  };
  // What one compare request sends: the session check, the memberships (layout and page share
  // them through React's per-request cache) and the page's data statements.
  const replay = [
    ...shell.calls,
    ...compare.calls.filter((c) => !/FROM "Membership" m JOIN "Workspace"/.test(c.text)),
  ];
  return { counts, replay };
}

/** The statements replayed one after another on one connection: the compare page's SQL floor. */
export async function replaySql(databaseUrl: string, calls: Array<{ text: string; values: unknown[] }>) {
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  try {
    const run = async () => {
      for (const c of calls) await pg.query(c.text, c.values);
    };
    return (await measure(run, { warmup: 10, rounds: 5, perRound: 20 })).median;
  } finally {
    await pg.end();
  }
}

async function standalone() {
  await benchStandalone("scorecard_pages", 3293, async (run) => {
    const { compareFixture, benchComparePage } = await import("./compare");
    const { sessionId, cookie } = await ownerSession("bench");
    const ids = await compareFixture("bench");
    const { counts, replay } = await pageStatements("bench", sessionId, ids, ids[0]);
    const sql = await replaySql(run.database.url, replay);
    await run.start();
    const page = await benchComparePage(run.base, "bench", cookie, ids, run.database.url);
    console.log(
      `statements: session + layout ${counts.shell}; compare (10 vendors) ${counts.compare}, dashboard ${counts.dashboard}, evaluation overview ${counts.overview}, scoring page ${counts.scoring}`,
    );
    console.log(
      `compare page ${page.page.toFixed(2)} ms; its ${replay.length} statements replayed ${sql.toFixed(2)} ms (${(page.page / sql).toFixed(2)}×, goal ≤ 2×: ${page.page <= 2 * sql ? "PASS" : "MISS"}); the one-query floor ${page.sql.toFixed(2)} ms`,
    );
  });
}

runIfMain(module, standalone);
