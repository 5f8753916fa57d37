/**
 * The compare page with 10 vendors (the seeded sample set: 3 reviewers, 58 criteria each),
 * next to the raw SQL it needs. (The cold `npm start` row is in cold-start.ts.)
 */
import { Client } from "pg";
import { measure } from "./measure";

// What the compare page reads per score (lib/services/comparisons/comparison-scores.ts, without text: an
// opened cell fetches its rationale and evidence), joined to the criterion it belongs to.
// `e.id = ANY` repeats what the join implies, for the planner: without it PostgreSQL pairs every
// evaluation in the database with its catalogue's criteria and probes Score once per pair
// (201,160 probes with the large set stored), so the floor grew with rows that are not shown.
export const COMPARE_SQL = `SELECT s."evaluationId", s."criterionKey", s."reviewerId", s.value, s."notApplicable", s."carriedOver",
  CASE WHEN jsonb_typeof(s.evidence) = 'array' AND jsonb_array_length(s.evidence) > 0
   THEN NOT EXISTS (SELECT 1 FROM jsonb_array_elements(s.evidence) x WHERE x->>'grade' IS DISTINCT FROM 'vendor_claim') ELSE false END AS "claimsOnly", c.title
  FROM "Score" s JOIN "Evaluation" e ON e.id = s."evaluationId" JOIN "Criterion" c ON c."catalogueId" = e."catalogueId" AND c.key = s."criterionKey"
  WHERE s."evaluationId" = ANY($1::uuid[]) AND e.id = ANY($1::uuid[]) AND s."workspaceId" = e."workspaceId"`;

/** Loads the sample set into `slug` and returns 10 non-draft evaluation ids. */
export async function compareFixture(slug: string) {
  const { cliLoadSample } = await import("../../lib/services/workspaces/sample-workspace");
  await cliLoadSample(slug);
  const { db } = await import("../../lib/db");
  const rows = await db().evaluation.findMany({
    where: {
      workspace: { slug },
      status: { not: "draft" },
      framework: { description: { contains: "generated sample" } },
    },
    select: { id: true },
    take: 10,
  });
  return rows.map((r) => r.id);
}

/** The floor: the one query that fetches every score the compare page shows, timed alone. */
export async function compareSqlFloor(databaseUrl: string, ids: string[]) {
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  try {
    const rows = (await pg.query(COMPARE_SQL, [ids])).rowCount ?? 0;
    const sql = await measure(() => pg.query(COMPARE_SQL, [ids]));
    return { rows, sql: sql.median };
  } finally {
    await pg.end();
  }
}

export async function benchComparePage(
  baseUrl: string,
  slug: string,
  cookie: string,
  ids: string[],
  databaseUrl: string,
  rounds = { warmup: 5, rounds: 5, perRound: 10 },
) {
  const { rows, sql } = await compareSqlFloor(databaseUrl, ids);
  const url = `${baseUrl}/w/${slug}/compare?e=${ids.join(",")}`;
  const page = await measure(async () => {
    const res = await fetch(url, { headers: { cookie } });
    const html = await res.text();
    if (res.status !== 200 || !html.includes("compare-view"))
      throw new Error(`compare page answered ${res.status}`);
  }, rounds);
  return { vendors: ids.length, rows, sql, page: page.median };
}
