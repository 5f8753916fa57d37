/**
 * `npm start`: builds if needed, boots the database (embedded Postgres under ./.data/ unless
 * DATABASE_URL is set), applies migrations, loads the catalogues, serves the app and prints
 * its URL. Ctrl-C stops the app, then the database, cleanly.
 */
import { readOidcProviders } from "../lib/auth/oidc/config";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/postgres/embedded";
import { publicOrigin } from "../lib/http/public-url";
import { migrate } from "../lib/postgres/migrate";
import { startState } from "../lib/postgres/start-state";
import { isNewDataDir } from "../lib/postgres/template";
import { admissionSettings } from "../lib/http/admission";
import { effectiveLimits } from "../lib/rate-limit/limits";
import { poolLimits } from "../lib/workers/settings";
import { buildIfNeeded } from "./build-if-needed";
import { buildWorker } from "./build-worker";
import { loadLocalSecrets } from "./local-secrets";
import { startPhases } from "./start-phases";
import type { ListenMessage } from "./hold-listen";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
let embedded: EmbeddedPostgres | undefined;
let app: ChildProcess | undefined;
let stopping = false;
const phase = startPhases();

async function waitForHealth(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app?.exitCode !== null && app?.exitCode !== undefined)
      throw new Error("the app exited during start-up");
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50)); // polled every 250 ms, up to a quarter second was lost
  }
  throw new Error(`no healthy answer from ${url} within ${timeoutMs / 1000} s`);
}

/** A new data dir starts as a copy of the prepared template (5–7 s of initdb saved). */
async function fromTemplate(dataDir: string) {
  const { newDataDirFromTemplate } = await import("./pg-template");
  try {
    await newDataDirFromTemplate(dataDir);
  } catch (err) {
    // Only slower without it: PGlite creates the database itself, migrate and seed fill it.
    console.warn(
      `No database template (${err instanceof Error ? err.message : String(err)}); creating the database from scratch.`,
    );
  }
  phase("db-template");
}

/**
 * Our own server around Next's handler (not `next start`): it rewrites X-Forwarded-For to what
 * the trusted proxies vouch for before Next reads it. No react-server condition there. It is
 * started before the database so that Next loads and prepares (about 2 s) while the database
 * boots, migrates and seeds; it listens only once `release` hands it the database's address.
 */
function startApp(isDev: boolean) {
  app = spawn(
    process.execPath,
    ["--import", "tsx", path.join("scripts", "serve.ts"), ...(isDev ? ["--dev"] : [])],
    {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: { ...process.env, PORT: String(port), HOST: host, SCORECARD_HOLD_LISTEN: "1" },
    },
  );
  app.once("exit", (code) => {
    if (!stopping) void stop(code ?? 1);
  });
  return (env: ListenMessage["env"]) =>
    // If the app has exited meanwhile, its exit handler is already stopping the start.
    app?.send({ type: "listen", env } satisfies ListenMessage, (err) => {
      if (err) console.error(`The app server could not be told to listen: ${err.message}`);
    });
}

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (app && app.exitCode === null) {
    app.kill("SIGTERM");
    await new Promise((r) => app!.once("exit", r));
  }
  await embedded?.stop().catch(() => {});
  process.exit(code);
}

async function main() {
  phase("node+tsx");
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  poolLimits(); // a bad WORKER_* value stops the start here, by name, not at the first PDF
  effectiveLimits(); // so does a bad RATE_LIMITS, rather than a 500 on every limited request
  admissionSettings(); // and a bad ADMISSION_* or DATABASE_POOL_SIZE, rather than a server that never listens
  if (process.env.RATE_LIMITS)
    console.warn(
      `RATE_LIMITS=${process.env.RATE_LIMITS}: rate limits changed (meant for benchmarks and tests, never production).`,
    );
  if (!dev) buildIfNeeded();
  else buildWorker(); // `next dev` compiles pages on demand; the worker pool needs its bundle
  phase("build-check");
  loadLocalSecrets(port);
  publicOrigin(); // a NEXTAUTH_URL that links cannot be built on stops the start, not the first invitation
  readOidcProviders(); // likewise a wrong OIDC_* setting: named now, not at someone's first SSO sign-in
  const release = startApp(dev);
  if (!process.env.DATABASE_URL) {
    const dataDir = path.resolve(process.env.SCORECARD_DATA_DIR ?? ".data", "pg");
    if (isNewDataDir(dataDir)) await fromTemplate(dataDir);
    embedded = await startEmbeddedPostgres(dataDir);
    phase("db-boot");
    process.env.DATABASE_URL = embedded.url;
    // PGlite's socket server cannot interleave statements of concurrent connections safely.
    process.env.DATABASE_POOL_SIZE = "1";
    console.log(`Embedded Postgres: ${dataDir}`);
  }
  const applied = await migrate(process.env.DATABASE_URL);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  phase("migrate");
  // A restart usually has nothing to seed and an owner already: then neither the seeding code
  // nor Prisma is loaded here (about 1 s).
  const { shippedDigests } = await import("../lib/services/catalogues/seed-files");
  const shipped = await shippedDigests();
  const state = await startState(process.env.DATABASE_URL, shipped);
  if (state.seeded)
    console.log(
      `Catalogues and mapping sets: unchanged (${shipped.catalogues.length + shipped.mappings.length} files)`,
    );
  else {
    const { seedCatalogues } = await import("../lib/services/catalogues/catalogue-seed");
    for (const r of await seedCatalogues())
      console.log(
        r.kind === "catalogue"
          ? `Catalogue ${r.slug} ${r.version}: ${r.status} (${r.criteriaCount} criteria)`
          : `Mapping set ${r.slug} ${r.version}: ${r.status} (${r.links} links, ${r.notCovered} not covered)`,
      );
  }
  phase("seed");
  let setupToken: string | null = null;
  if (!state.hasUsers) {
    const { issueSetupTokenIfNeeded } = await import("../lib/services/accounts/setup");
    setupToken = await issueSetupTokenIfNeeded();
  }
  if (!state.seeded || !state.hasUsers) {
    const { disconnectDb } = await import("../lib/db");
    await disconnectDb();
  }
  phase("setup-token");

  // The app may listen now: the database is ready and holds the catalogues.
  release({ DATABASE_URL: process.env.DATABASE_URL!, DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE });
  const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
  await waitForHealth(`${url}/api/health`, dev ? 120_000 : 60_000);
  phase("serve-to-healthy");
  console.log(`\nIoT Framework Security Scorecard is ready: ${url}\n`);
  if (setupToken) {
    console.log(
      `First run — no account exists yet. Create the first owner (link valid 24 h, single use):\n  ${url}/setup?token=${setupToken}\n`,
    );
  }
}

process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
main().catch(async (err) => {
  console.error(`Start-up failed: ${err instanceof Error ? err.message : String(err)}`);
  await stop(1);
});
