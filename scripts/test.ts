/**
 * `npm test`: the whole suite, in the order that fails fastest — types, lint, unit and
 * integration tests (vitest, real Postgres), then the production build and the Playwright
 * end-to-end tests in Chromium. Every step runs on a fresh throwaway database.
 */
import { spawnSync } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed";
import { prismaGenerate } from "./prisma-generate";

const bin = (name: string) => `node_modules/.bin/${name}`;
const steps: Array<[string, () => void]> = [
  [
    "generate",
    () => {
      prismaGenerate();
      // API types from the OpenAPI document, for the e2e tests' typed client (e2e/api-client.ts).
      run(bin("tsx"), ["scripts/api-types.ts"]);
    },
  ],
  ["typecheck", () => run(bin("tsc"), ["--noEmit"])],
  [
    "lint",
    () => {
      run(bin("eslint"), ["--max-warnings", "0", "."]);
      // Formatting is checked, never argued: `npm run format` writes it.
      run(bin("prettier"), ["--check", "--log-level", "warn", "."]);
      // The OpenAPI document: Redocly `recommended` and Spectral `spectral:oas`, 0 warnings.
      run(bin("tsx"), ["scripts/lint-openapi.ts"]);
    },
  ],
  ["unit + integration", () => run(bin("vitest"), ["run"])],
  ["build", buildIfNeeded],
  ["e2e", () => run(bin("playwright"), ["test"])],
];

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited with ${r.status ?? r.signal}`);
}

const timings: string[] = [];
const only = process.argv.slice(2);
for (const [name, step] of steps) {
  if (only.length && !only.includes(name)) continue;
  const started = Date.now();
  console.log(`\n── ${name} ──`);
  try {
    step();
  } catch (err) {
    console.error(`\n✗ ${name} failed: ${(err as Error).message}`);
    process.exit(1);
  }
  timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log(`\n✓ all green — ${timings.join(" · ")}`);
