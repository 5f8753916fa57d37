/**
 * `npm start` until /api/health answers 200 (embedded database, build already done):
 * cold, on a new empty data dir each round, and restarted on a data dir that already holds
 * the database. Each start is profiled (SCORECARD_START_PROFILE=1), so the figures come with
 * the phases of scripts/start.ts.  Standalone: npx tsx scripts/bench/cold-start.ts [rounds]
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parsePhases } from "../start-phases";
import { median } from "./measure";
import { runIfMain } from "./standalone";

export const COLD_GOAL_MS = 10_000;
export const RESTART_GOAL_MS = 5_000;

export interface StartFigure {
  ms: number;
  phases: Record<string, number>;
}

/**
 * One `npm start` on `dataDir` until healthy, then `whileUp` (given what it printed), then
 * Ctrl-C and wait for it to stop.
 */
export async function timedStart(
  dataDir: string,
  port: number,
  whileUp?: (output: string) => Promise<void>,
): Promise<StartFigure> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    SCORECARD_DATA_DIR: dataDir,
    AUDIT_STDOUT: "0",
    SCORECARD_START_PROFILE: "1",
  };
  delete env.DATABASE_URL; // the embedded database, as a newcomer's first start
  delete env.NEXTAUTH_SECRET;
  const started = Date.now();
  const proc = spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "inherit"], detached: true });
  let output = "";
  proc.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise((r) => proc.once("exit", r));
  try {
    for (;;) {
      if (Date.now() - started > 180_000) throw new Error("start took over 3 minutes");
      if (proc.exitCode !== null) throw new Error(`npm start exited (${proc.exitCode}):\n${output}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const ms = Date.now() - started;
    // The launcher prints its last phase just after the health answer it waits for.
    await new Promise((r) => setTimeout(r, 500));
    await whileUp?.(output);
    return { ms, phases: parsePhases(output) };
  } finally {
    try {
      process.kill(-proc.pid!, "SIGINT");
    } catch {
      /* gone */
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  }
}

function summary(figures: StartFigure[]) {
  const names = [...new Set(figures.flatMap((f) => Object.keys(f.phases)))];
  const phases = Object.fromEntries(names.map((n) => [n, median(figures.map((f) => f.phases[n] ?? 0))]));
  return { median: median(figures.map((f) => f.ms)), rounds: figures.map((f) => f.ms), phases };
}

/**
 * `rounds` cold starts, each on a new empty data dir, after one unmeasured start: that one
 * prepares what a build leaves behind (the migrated database template), as `npm run build` would.
 */
export async function benchColdStart(rounds = 3) {
  const figures: StartFigure[] = [];
  for (let i = 0; i <= rounds; i++) {
    const dir = mkdtempSync(path.join(tmpdir(), "scorecard-cold-"));
    try {
      const f = await timedStart(dir, 3320 + i);
      if (i > 0) figures.push(f);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return summary(figures);
}

/**
 * Creates the first owner through the setup link the first start printed, in Chromium, as a
 * newcomer does: the data dir of every later start then holds an account, as an instance in use
 * does (a start on a data dir nobody has set up yet also issues a new setup link).
 */
async function setUpOwner(output: string) {
  const link = /(http:\/\/\S+\/setup\?token=\S+)/.exec(output)?.[1];
  if (!link) throw new Error(`the first start printed no setup link:\n${output}`);
  const { chromium } = await import("playwright");
  const { CHROME_PATH } = await import("./lighthouse");
  const browser = await chromium.launch({ executablePath: CHROME_PATH });
  try {
    const page = await browser.newPage();
    await page.goto(link);
    await page.getByLabel("Your name").fill("Bench Owner");
    await page.getByLabel("Email").fill("owner@bench.example");
    await page.getByLabel("Password").fill("a long bench-only passphrase 7");
    await page.getByLabel("Workspace name").fill("Bench");
    await page.getByRole("button", { name: "Create owner account" }).click();
    await page.waitForURL(/\/sign-in/, { timeout: 30_000 });
  } finally {
    await browser.close();
  }
}

/**
 * One cold start on a data dir (unmeasured), then `rounds` restarts on it. `setUp`: create the
 * first owner during the first start, so the restarts are those of an instance in use.
 */
export async function benchRestart(rounds = 3, { setUp = false } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "scorecard-restart-"));
  const port = setUp ? 3340 : 3330;
  try {
    await timedStart(dir, port, setUp ? setUpOwner : undefined);
    const figures: StartFigure[] = [];
    for (let i = 0; i < rounds; i++) figures.push(await timedStart(dir, port + 1 + i));
    return summary(figures);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const s = (v: number) => `${(v / 1000).toFixed(2)} s`;
const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
const phaseList = (p: Record<string, number>) =>
  Object.entries(p)
    .map(([n, v]) => `${n} ${s(v)}`)
    .join(", ");

type Figures = ReturnType<typeof summary>;

/** `restart`: an instance with an owner; `restartNew`: one nobody has set up yet. */
export function coldStartRows(cold: Figures, restart: Figures, restartNew: Figures) {
  return [
    `| cold \`npm start\` to healthy (empty data dir, embedded PostgreSQL, migrations, catalogue; build already done) | ${s(cold.median)} | goal < ${s(COLD_GOAL_MS)} | ${verdict(cold.median < COLD_GOAL_MS)} |`,
    `| \`npm start\` restart to healthy (existing data dir with its owner, set up through the setup link; embedded PostgreSQL) | ${s(restart.median)} | goal < ${s(RESTART_GOAL_MS)} | ${verdict(restart.median < RESTART_GOAL_MS)} |`,
    `| \`npm start\` restart of a data dir nobody has set up yet (issues a new setup link) | ${s(restartNew.median)} | | |`,
  ];
}

export function coldStartPhases(cold: Figures, restart: Figures, restartNew: Figures) {
  return `Start-up phases (medians; npm's own start-up precedes them): cold: ${phaseList(cold.phases)}. Restart: ${phaseList(restart.phases)}. Restart, not set up yet: ${phaseList(restartNew.phases)}.`;
}

async function standalone() {
  const { buildIfNeeded } = await import("../build-if-needed");
  buildIfNeeded();
  const rounds = Number(process.argv[2] ?? 3);
  const cold = await benchColdStart(rounds);
  const restart = await benchRestart(rounds, { setUp: true });
  const restartNew = await benchRestart(rounds);
  console.log(
    [
      "| measurement | median | goal | |",
      "|---|---:|---:|---|",
      ...coldStartRows(cold, restart, restartNew),
    ].join("\n"),
  );
  console.log(
    `\n${coldStartPhases(cold, restart, restartNew)}\nrounds: cold ${cold.rounds.join(", ")} ms; restart ${restart.rounds.join(", ")} ms; not set up ${restartNew.rounds.join(", ")} ms`,
  );
}

runIfMain(module, standalone);
