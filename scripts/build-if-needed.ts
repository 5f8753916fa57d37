import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { WORKER_BUNDLE } from "../lib/workers/settings";
import { buildWorker } from "./build-worker";
import { runDependencyAudit } from "./dependency-audit";
import { prismaGenerate } from "./prisma-generate";

const INPUTS = [
  "app",
  "components",
  "lib",
  "scripts/build-worker.ts",
  "prisma/schema.prisma",
  "next.config.js",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
  "proxy.ts",
];
const STAMP = path.join(".next", "scorecard-source.sha256");

function* files(p: string): Generator<string> {
  if (!existsSync(p)) return;
  if (statSync(p).isFile()) return yield p;
  for (const entry of readdirSync(p).sort()) {
    if (entry === "generated" || entry.startsWith(".")) continue;
    yield* files(path.join(p, entry));
  }
}

/** A digest of everything the build reads, so `npm start` rebuilds exactly when needed. */
export function sourceDigest() {
  const hash = createHash("sha256");
  for (const input of INPUTS)
    for (const f of files(input)) hash.update(f).update("\0").update(readFileSync(f));
  return hash.digest("hex");
}

export function buildIfNeeded() {
  prismaGenerate();
  const digest = sourceDigest();
  // The worker bundle is part of the build: built from the same lib/ sources, so the same digest.
  if (
    existsSync(path.join(".next", "BUILD_ID")) &&
    existsSync(WORKER_BUNDLE) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, "utf8") === digest
  )
    return;
  console.log("Building the app (first start or sources changed)…");
  // next build typechecks the e2e tests too, and they use the API types made from the document.
  execFileSync(process.execPath, ["--import", "tsx", path.join("scripts", "api-types.ts")], {
    stdio: "inherit",
  });
  execFileSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  buildWorker();
  runDependencyAudit(); // for the security posture page; never fails the build
  writeFileSync(STAMP, digest);
}
