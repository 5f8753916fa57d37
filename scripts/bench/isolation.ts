/**
 * Issue 12, "nothing a request does may stall other requests", against the built app:
 *  - stall: while 8 parallel GET /s/<token>/report.pdf of a 20-vendor snapshot and a hostile
 *    YAML import (60,000 lines `kN: 1`, POST /api/v1/catalogues/import) run, /api/health is
 *    polled and scores are saved, each one request after another: health p99 < 200 ms, and
 *    saves keep working (counted). Run twice: 8 requests of one fresh link (one render, the
 *    rest wait for it), then of 8 fresh links (8 renders queued in the worker pool).
 *  - memory: the app's RSS (the server process and any children) after 10 and after 200 PDF
 *    renders (10-vendor comparison reports through the API, two clients): ≤ 1.3×.
 *
 * Standalone: `DATABASE_URL=… npx tsx --conditions=react-server scripts/bench/isolation.ts`
 * (a throwaway database on that server; builds the app if needed). The app is started with
 * RATE_LIMITS=off so the rate limits do not refuse the bench's own load.
 */
import { readdirSync, readFileSync } from "node:fs";
import { isolationFixture, type IsolationFixture } from "./isolation-fixture";
import { runIfMain, dropBenchDatabase } from "./standalone";

export const ISOLATION_ENV = { RATE_LIMITS: "off", DATABASE_POOL_SIZE: "20" };
const RENDERS = 200;
const RSS_VENDORS = 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function percentile(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
}

/** RSS of `pid` and its descendants, in MiB (from /proc). */
export function treeRssMib(pid: number): number {
  const parent = new Map<number, number>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      /* gone meanwhile */
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, ppid] of parent)
      if (tree.has(ppid) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
  }
  let kib = 0;
  for (const p of tree) {
    try {
      kib += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      /* gone */
    }
  }
  return kib / 1024;
}

/** Calls `once` back to back until `stop()`, timing each call; failures are counted, not thrown. */
async function loop(stop: () => boolean, once: (n: number) => Promise<boolean>, gapMs: number) {
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  for (let n = 0; !stop(); n++) {
    const t = performance.now();
    const good = await once(n).catch(() => false);
    latencies.push(performance.now() - t);
    if (good) ok++;
    else failed++;
    if (gapMs) await sleep(gapMs);
  }
  return { latencies, ok, failed };
}

export interface StallRound {
  health: { p50: number; p99: number; max: number; n: number; failed: number };
  saves: { ok: number; failed: number; p99: number };
  pdfs: Array<{ status: number; ms: number; bytes: number }>;
  yaml: { status: number; code: string; ms: number };
}

async function stallRound(base: string, f: IsolationFixture, tokens: string[]): Promise<StallRound> {
  const auth = { authorization: `Bearer ${f.token}` };
  let stopped = false;
  const stop = () => stopped;
  const health = loop(
    stop,
    async () => {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      return res.ok;
    },
    20,
  );
  const saves = loop(
    stop,
    async (n) => {
      const key = f.criterionKeys[n % f.criterionKeys.length];
      const res = await fetch(`${base}/api/v1/evaluations/${f.saveEvaluationId}/scores/${key}`, {
        method: "PUT",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ value: n % 5, rationale: `isolation ${n}` }),
        signal: AbortSignal.timeout(30_000),
      });
      await res.arrayBuffer();
      return res.status === 200;
    },
    0,
  );
  await sleep(1_000); // both loops running before the heavy requests arrive
  const t0 = performance.now();
  const yamlBody = Array.from({ length: 60_000 }, (_, i) => `k${i}: 1`).join("\n");
  const pdfs = Promise.all(
    tokens.map(async (token) => {
      const res = await fetch(`${base}/s/${token}/report.pdf`, { signal: AbortSignal.timeout(180_000) });
      const bytes = (await res.arrayBuffer()).byteLength;
      return { status: res.status, ms: performance.now() - t0, bytes };
    }),
  );
  const yaml = fetch(`${base}/api/v1/catalogues/import`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/yaml" },
    body: yamlBody,
    signal: AbortSignal.timeout(180_000),
  }).then(async (res) => ({
    status: res.status,
    code: String(((await res.json().catch(() => ({}))) as { error?: { code?: string } }).error?.code ?? ""),
    ms: performance.now() - t0,
  }));
  const [p, y] = await Promise.all([pdfs, yaml]);
  await sleep(1_000);
  stopped = true;
  const [h, s] = await Promise.all([health, saves]);
  return {
    health: {
      p50: percentile(h.latencies, 50),
      p99: percentile(h.latencies, 99),
      max: Math.max(...h.latencies),
      n: h.latencies.length,
      failed: h.failed,
    },
    saves: { ok: s.ok, failed: s.failed, p99: percentile(s.latencies, 99) },
    pdfs: p,
    yaml: y,
  };
}

/** RSS after the first 10 and after all 200 PDF renders (two clients, each render a fresh report). */
async function rssRound(base: string, appPid: number, f: IsolationFixture) {
  const url = `${base}/api/v1/comparisons/report.pdf?evaluations=${f.evaluationIds.slice(0, RSS_VENDORS).join(",")}`;
  let issued = 0;
  let done = 0;
  let failed = 0;
  let after10 = NaN;
  const t0 = performance.now();
  const client = async () => {
    while (issued < RENDERS) {
      issued++;
      const res = await fetch(url, {
        headers: { authorization: `Bearer ${f.token}` },
        signal: AbortSignal.timeout(120_000),
      });
      await res.arrayBuffer();
      if (res.status !== 200) failed++;
      if (++done === 10) after10 = treeRssMib(appPid);
    }
  };
  await Promise.all([client(), client()]);
  return { after10, after200: treeRssMib(appPid), failed, seconds: (performance.now() - t0) / 1000 };
}

export async function benchIsolation(base: string, appPid: number, f: IsolationFixture) {
  const oneLink = await f.newShareLink();
  const single = await stallRound(base, f, Array(8).fill(oneLink));
  const links: string[] = [];
  for (let i = 0; i < 8; i++) links.push(await f.newShareLink());
  const eight = await stallRound(base, f, links);
  const rss = await rssRound(base, appPid, f);
  return { single, eight, rss };
}

export type IsolationBench = Awaited<ReturnType<typeof benchIsolation>>;
const ms = (v: number) => `${v.toFixed(0)} ms`;
const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
const statuses = (r: StallRound) =>
  Object.entries(
    r.pdfs.reduce<Record<number, number>>((acc, p) => ({ ...acc, [p.status]: (acc[p.status] ?? 0) + 1 }), {}),
  )
    .map(([s, n]) => `${n}× ${s}`)
    .join(", ");

/** The benchmark's rows for the BENCHMARKS.md table (| measurement | figure | goal | verdict |). */
export function isolationRows(r: IsolationBench): string[] {
  const round = (label: string, x: StallRound) => [
    `| ${label}: \`/api/health\` p99 (p50 ${ms(x.health.p50)}, max ${ms(x.health.max)}, ${x.health.n} polls, ${x.health.failed} failed) | ${ms(x.health.p99)} | goal < 200 ms | ${verdict(x.health.p99 < 200 && x.health.failed === 0)} |`,
    `| ${label}: score saves meanwhile, one after another (p99 ${ms(x.saves.p99)}) | ${x.saves.ok} saved, ${x.saves.failed} failed | goal: saves go on, 0 failed | ${verdict(x.saves.ok > 0 && x.saves.failed === 0)} |`,
    `| ${label}: share PDFs ${statuses(x)}; hostile YAML import ${x.yaml.status} \`${x.yaml.code}\` after ${(x.yaml.ms / 1000).toFixed(1)} s | last PDF after ${(Math.max(...x.pdfs.map((p) => p.ms)) / 1000).toFixed(1)} s | | |`,
  ];
  return [
    ...round("8 parallel PDFs of one fresh 20-vendor share link + hostile YAML", r.single),
    ...round("8 parallel PDFs of 8 fresh 20-vendor share links (8 renders) + hostile YAML", r.eight),
    `| app RSS after ${RENDERS} PDF renders (${RSS_VENDORS}-vendor comparison via the API, 2 clients, ${r.rss.seconds.toFixed(0)} s, ${r.rss.failed} failed) vs after the first 10: ${r.rss.after10.toFixed(0)} → ${r.rss.after200.toFixed(0)} MiB | ${(r.rss.after200 / r.rss.after10).toFixed(2)}× | goal ≤ 1.3× | ${verdict(r.rss.after200 / r.rss.after10 <= 1.3 && r.rss.failed === 0)} |`,
  ];
}

async function standalone() {
  const { buildIfNeeded } = await import("../build-if-needed");
  const { seededDatabase } = await import("../seeded-database");
  const { startApp } = await import("./app-server");
  buildIfNeeded();
  const db = await seededDatabase("scorecard_bench");
  const port = 3291;
  const app = await startApp(port, db.url, ISOLATION_ENV);
  try {
    const f = await isolationFixture();
    const r = await benchIsolation(`http://127.0.0.1:${port}`, app.pid!, f);
    console.log(["| measurement | figure | goal | |", "|---|---:|---:|---|", ...isolationRows(r)].join("\n"));
    console.log(JSON.stringify(r.rss));
  } finally {
    app.kill("SIGTERM");
    await dropBenchDatabase(db);
  }
}

runIfMain(module, standalone);
