/**
 * Lints the served OpenAPI document with Redocly CLI (`recommended`) and Spectral (`spectral:oas`):
 * 0 errors and 0 warnings, or the step fails. Run by `npm test` (lint step) and alone with
 * `npx tsx scripts/lint-openapi.ts`. Both tools are pinned devDependencies and run offline.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openApiDocument } from "../lib/http/openapi";

const dir = mkdtempSync(path.join(os.tmpdir(), "openapi-lint-"));
const bin = (name: string) => path.join(process.cwd(), "node_modules/.bin", name);
const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

function redocly(file: string): string[] {
  const r = spawnSync(bin("redocly"), ["lint", file, "--extends", "recommended", "--format", "json"], {
    encoding: "utf8",
    env,
    cwd: dir,
  });
  const out = r.stdout.slice(r.stdout.indexOf("{"));
  const report = JSON.parse(out) as {
    problems: Array<{
      ruleId: string;
      severity: string;
      message: string;
      location: Array<{ pointer: string }>;
    }>;
  };
  return report.problems.map(
    (p) => `redocly ${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer})`,
  );
}

function spectral(file: string): string[] {
  const ruleset = path.join(dir, ".spectral.yaml");
  writeFileSync(ruleset, 'extends: ["spectral:oas"]\n');
  const r = spawnSync(bin("spectral"), ["lint", file, "--ruleset", ruleset, "--format", "json", "--quiet"], {
    encoding: "utf8",
    env,
    cwd: dir,
  });
  const results = JSON.parse(r.stdout.trim() || "[]") as Array<{
    code: string;
    message: string;
    path: string[];
  }>;
  return results.map((p) => `spectral ${p.code}: ${p.message} (${p.path.join(".")})`);
}

try {
  const file = path.join(dir, "openapi.json");
  writeFileSync(file, JSON.stringify(openApiDocument("lint"), null, 2));
  const problems = [...redocly(file), ...spectral(file)];
  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error(`OpenAPI lint: ${problems.length} problem(s); every error and warning counts`);
    process.exitCode = 1;
  } else console.log("OpenAPI lint: Redocly recommended and Spectral spectral:oas, 0 errors, 0 warnings");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
