import { buildSync } from "esbuild";
import path from "node:path";
import { WORKER_BUNDLE } from "../lib/workers/settings";

// The worker must stay pure: a task that reached for the database or a server-only module
// would fail in the worker at run time, so the build refuses it by name instead.
const IMPURE = /^server-only$|^lib\/db\.ts$|^lib\/services\/|^lib\/auth\/|^lib\/generated\//;

/**
 * Bundles the worker pool's entry (lib/workers/heavy-worker.ts) into one CommonJS file,
 * .workers/heavy-worker.cjs. Next bundles the server with Turbopack, so a worker thread needs
 * a real file of its own to load; packages stay external and resolve from node_modules at run
 * time (pdfkit reads its font metrics from its own folder). Built with the app by
 * `npm run build` and scripts/build-if-needed.ts, and by the test setup; it takes well under
 * a second.
 */
export function buildWorker(entry = path.join("lib", "workers", "heavy-worker.ts"), outfile = WORKER_BUNDLE) {
  const { metafile } = buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    logLevel: "warning",
    metafile: true,
  });
  for (const [file, input] of Object.entries(metafile.inputs)) {
    const bad = [file, ...input.imports.map((i) => i.path)].find((p) => IMPURE.test(p));
    if (bad)
      throw new Error(
        `${file} brings ${bad} into the worker bundle: worker tasks must not use the database or server-only modules`,
      );
  }
  return path.resolve(outfile);
}

if (require.main === module) console.log(`Worker bundle: ${buildWorker()}`);
