/**
 * `prisma generate`, only when its output would differ: every `npm start` used to run it
 * (3.7 s). A stamp next to the generated client records what it was generated from (schema,
 * Prisma config, generator versions) and a digest of the output itself, so an edited schema,
 * a Prisma upgrade, or a missing or altered client all regenerate; anything else skips.
 * The env vars stop Prisma 7 from fetching engines (no network here).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface GenerateTarget {
  /** Files the generated client depends on (their path and contents are hashed). */
  inputs: string[];
  /** Versions of the generator and runtime, e.g. `prisma@7.10.0`. */
  versions: string[];
  /** The generator's output directory (its files are hashed too, so damage is noticed). */
  outDir: string;
  /** Where the digest of the last successful generation is kept (outside `outDir`). */
  stampFile: string;
}

const version = (pkg: string) =>
  `${pkg}@${JSON.parse(readFileSync(path.join("node_modules", pkg, "package.json"), "utf8")).version}`;

export function projectTarget(): GenerateTarget {
  return {
    inputs: ["prisma/schema.prisma", "prisma.config.ts"],
    versions: [version("prisma"), version("@prisma/client")],
    outDir: path.join("lib", "generated", "prisma"),
    stampFile: path.join("lib", "generated", "prisma-generate.sha256"),
  };
}

function* files(p: string): Generator<string> {
  if (statSync(p).isFile()) return yield p;
  for (const entry of readdirSync(p).sort()) yield* files(path.join(p, entry));
}

/** What the stamp must say for the output to be current; null when there is no output. */
export function generationDigest(t: GenerateTarget): string | null {
  if (!existsSync(t.outDir) || readdirSync(t.outDir).length === 0) return null;
  const hash = createHash("sha256").update(t.versions.join("\n")).update("\0");
  for (const f of t.inputs)
    hash
      .update(f)
      .update("\0")
      .update(existsSync(f) ? readFileSync(f) : "(missing)")
      .update("\0");
  for (const f of files(t.outDir))
    hash.update(path.relative(t.outDir, f)).update("\0").update(readFileSync(f)).update("\0");
  return hash.digest("hex");
}

/** Runs `generate` unless the stamp matches; returns whether it ran. */
export function generateIfChanged(t: GenerateTarget, generate: () => void): boolean {
  const current = generationDigest(t);
  if (current && existsSync(t.stampFile) && readFileSync(t.stampFile, "utf8") === current) return false;
  rmSync(t.stampFile, { force: true }); // a generation that fails half-way leaves no stamp
  generate();
  const after = generationDigest(t);
  if (!after) throw new Error(`prisma generate wrote nothing to ${t.outDir}`);
  writeFileSync(t.stampFile, after);
  return true;
}

function runPrismaGenerate() {
  try {
    execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "generate"], {
      stdio: "pipe",
      env: {
        ...process.env,
        CHECKPOINT_DISABLE: "1",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
      },
    });
  } catch (err) {
    const { stdout, stderr } = err as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${stdout ?? ""}${stderr ?? ""}`);
    throw new Error("prisma generate failed");
  }
}

/** `force` (`npm run db:generate -- --force`): generate even though the stamp says current. */
export function prismaGenerate(force = false) {
  const target = projectTarget();
  if (force) rmSync(target.stampFile, { force: true });
  return generateIfChanged(target, runPrismaGenerate);
}

if (process.argv[1]?.endsWith("prisma-generate.ts")) prismaGenerate(process.argv.includes("--force"));
