import { createHash, randomBytes } from "node:crypto";
import { constants, existsSync, readdirSync, readFileSync } from "node:fs";
import { copyFile, mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded";
import type { Migration } from "./migrate";

/**
 * A new embedded database is a copy of a prepared one. PGlite's initdb alone takes 5–7 s;
 * copying a data dir that already holds every migration (and the catalogues) takes a tenth
 * of a second. The template is keyed by what went into it, so a template made from other
 * migrations, other catalogue files or another PGlite is never used: a new key, a new template.
 */
export const TEMPLATE_ROOT = path.join(process.cwd(), "node_modules", ".cache", "scorecard-pg-template");

function pgliteVersion() {
  const pkg = path.join(process.cwd(), "node_modules", "@electric-sql", "pglite", "package.json");
  return `pglite@${JSON.parse(readFileSync(pkg, "utf8")).version}`;
}

/** The key of a template: PGlite's version, each migration's name and checksum, each seed file. */
export function templateKey(migrations: Migration[], seedFiles: string[], engine = pgliteVersion()) {
  const hash = createHash("sha256").update(engine).update("\0");
  for (const m of migrations) hash.update(`${m.name}\0${m.checksum}\0`);
  for (const f of [...seedFiles].sort())
    hash.update(path.basename(f)).update("\0").update(readFileSync(f)).update("\0");
  return hash.digest("hex").slice(0, 32);
}

const tmpName = (base: string) => `${base}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;

function isInProgress(entry: string) {
  const pid = Number(/\.tmp-(\d+)-/.exec(entry)?.[1]);
  if (!pid) return false;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The template's data dir for `key`, made first if missing: a new PGlite database on which
 * `prepare` runs (migrate, seed) before it is closed. Made under a temporary name and renamed
 * into place, so a half-made template is never found, and two starts at once cannot clash.
 */
export async function ensureTemplate(
  key: string,
  prepare: (url: string) => Promise<void>,
  root = TEMPLATE_ROOT,
) {
  const dir = path.join(root, key);
  if (existsSync(path.join(dir, "pg", "PG_VERSION"))) return path.join(dir, "pg");
  await mkdir(root, { recursive: true });
  const tmp = tmpName(dir);
  try {
    const embedded = await startEmbeddedPostgres(path.join(tmp, "pg"));
    try {
      await prepare(embedded.url);
    } finally {
      await embedded.stop();
    }
    await rename(tmp, dir).catch((err) => {
      if (!existsSync(path.join(dir, "pg", "PG_VERSION"))) throw err; // otherwise another start made it first
    });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  // Templates of other keys (older migrations) are of no further use, nor are half-made ones
  // of starts that were interrupted (their process is gone).
  for (const entry of await readdir(root)) {
    if (entry !== key && !isInProgress(entry))
      await rm(path.join(root, entry), { recursive: true, force: true });
  }
  return path.join(dir, "pg");
}

/** Whether `dataDir` is missing or empty: a new database, which a template copy can be. */
export function isNewDataDir(dataDir: string) {
  return !existsSync(dataDir) || readdirSync(dataDir).length === 0;
}

// All files at once: fs.cp walks the ~1,100 files of a data dir one by one (0.4–0.5 s, 5× slower).
async function copyTree(from: string, to: string): Promise<void> {
  await mkdir(to);
  const entries = await readdir(from, { withFileTypes: true });
  // FICLONE: a copy-on-write clone where the file system has them (btrfs, XFS, APFS), else a copy.
  await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? copyTree(path.join(from, e.name), path.join(to, e.name))
        : copyFile(path.join(from, e.name), path.join(to, e.name), constants.COPYFILE_FICLONE),
    ),
  );
}

/**
 * Fills a missing or empty `dataDir` with a copy of `templateDir`; never touches one that
 * holds anything. Copied under a temporary name, then renamed (renaming onto an empty
 * directory replaces it), so an interrupted copy leaves the data dir as it was.
 */
export async function copyTemplate(templateDir: string, dataDir: string) {
  if (!isNewDataDir(dataDir)) return false;
  await mkdir(path.dirname(dataDir), { recursive: true });
  const tmp = tmpName(dataDir);
  try {
    await copyTree(templateDir, tmp);
    await rename(tmp, dataDir);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return true;
}
