/**
 * Score saves through the API under 50 concurrent connections (autocannon), and the
 * evaluation page (58 criteria × 5 reviewers) next to the raw SQL it needs.
 */
import autocannon from "autocannon";
import { Client } from "pg";
import { median, measure } from "./measure";

export interface ScoringFixture {
  url: string;
  token: string;
  evaluationIds: string[];
  criterionKeys: string[];
  pageUrl: string;
  cookie: string;
  pageEvaluationId: string;
}

async function cannon(f: ScoringFixture, seconds: number) {
  let n = 0;
  const result = await autocannon({
    url: f.url,
    connections: 50,
    duration: seconds,
    requests: [
      {
        method: "PUT",
        setupRequest: (req) => {
          n++;
          const ev = f.evaluationIds[n % f.evaluationIds.length];
          const key = f.criterionKeys[Math.floor(n / f.evaluationIds.length) % f.criterionKeys.length];
          return {
            ...req,
            path: `/api/v1/evaluations/${ev}/scores/${key}`,
            headers: { authorization: `Bearer ${f.token}`, "content-type": "application/json" },
            body: JSON.stringify({ value: n % 5, rationale: `bench ${n}` }),
          };
        },
      },
    ],
  });
  return result;
}

/** One client saving one score after another: the server's own time per save, no queueing. */
async function serviceTime(f: ScoringFixture) {
  let n = 0;
  return measure(
    async () => {
      n++;
      const res = await fetch(
        `${f.url}/api/v1/evaluations/${f.evaluationIds[n % f.evaluationIds.length]}/scores/${f.criterionKeys[n % f.criterionKeys.length]}`,
        {
          method: "PUT",
          headers: { authorization: `Bearer ${f.token}`, "content-type": "application/json" },
          body: JSON.stringify({ value: n % 5, rationale: `single ${n}` }),
        },
      );
      await res.text();
      if (res.status !== 200) throw new Error(`score save answered ${res.status}`);
    },
    { warmup: 50, rounds: 5, perRound: 50 },
  );
}

export async function benchScoreSaves(f: ScoringFixture, databaseUrl: string) {
  const single = await serviceTime(f);
  await cannon(f, 3); // warm-up
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  const before = Number((await pg.query(`SELECT count(*) FROM "ScoreHistory"`)).rows[0].count);
  const rounds = [];
  for (let i = 0; i < 5; i++) rounds.push(await cannon(f, 5));
  // Requests cut off when a round ends may still complete on the server: let them land.
  await new Promise((r) => setTimeout(r, 3000));
  const after = Number((await pg.query(`SELECT count(*) FROM "ScoreHistory"`)).rows[0].count);
  await pg.end();
  const acknowledged = rounds.reduce((s, r) => s + r["2xx"], 0);
  return {
    single: single.median,
    p50: median(rounds.map((r) => r.latency.p50)),
    p99: median(rounds.map((r) => r.latency.p99)),
    rps: median(rounds.map((r) => r.requests.average)),
    errors: rounds.reduce((s, r) => s + r.errors + r.timeouts + r.non2xx, 0),
    acknowledged,
    stored: after - before,
    // Every acknowledged save writes exactly one history row; more rows than 2xx answers are
    // saves whose answer the client stopped waiting for at the end of a round (not lost).
    lost: Math.max(0, acknowledged - (after - before)),
  };
}

const PAGE_SQL = `SELECT s."criterionKey", s."reviewerId", s.value, s."notApplicable", s.rationale, s.evidence, s.version, c.title, c.description
  FROM "Score" s JOIN "Evaluation" e ON e.id = s."evaluationId" JOIN "Criterion" c ON c."catalogueId" = e."catalogueId" AND c.key = s."criterionKey"
  WHERE s."evaluationId" = $1 AND s."workspaceId" = e."workspaceId"`;

export async function benchEvaluationPage(f: ScoringFixture, databaseUrl: string) {
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  const rows = (await pg.query(PAGE_SQL, [f.pageEvaluationId])).rowCount;
  const sql = await measure(() => pg.query(PAGE_SQL, [f.pageEvaluationId]));
  await pg.end();
  const page = await measure(
    async () => {
      const res = await fetch(f.pageUrl, { headers: { cookie: f.cookie } });
      const html = await res.text();
      if (res.status !== 200 || !html.includes("Agreement"))
        throw new Error(`evaluation page answered ${res.status}`);
    },
    { warmup: 10, rounds: 5, perRound: 20 },
  );
  return { rows, sql: sql.median, page: page.median };
}
