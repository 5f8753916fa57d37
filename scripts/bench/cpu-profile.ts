/**
 * Where the app server's main thread spends a request: a `--cpu-prof` profile of the built app,
 * its samples of the measured window grouped by where the code comes from. Our code is bundled
 * into .next/server chunks beside inlined libraries; the chunks' source maps (written by
 * `next build`) tell the two apart, so "our code" below means files under app/, lib/ and
 * components/ of this repository, nothing else. scripts/bench/save-profile.ts and
 * pages-profile.ts use it; so does `npm run bench`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { SourceMap } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startApp } from "./app-server";

export interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
type ProfileNode = { id: number; callFrame: Frame };
/** V8's CPU profile: `--cpu-prof`'s file, and what the DevTools protocol's Profiler.stop returns. */
export type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export const OUR_CODE = "our code (app/, lib/, components/)";
const maps = new Map<string, SourceMap | null>();

/**
 * A chunk's source map: the file its `sourceMappingURL` comment names (browser chunks' maps are
 * named by their own hash), else `<chunk>.map` beside it (the server's).
 */
function mapFileOf(file: string): string | null {
  const named = /\/\/# sourceMappingURL=([^\s]+)\s*$/.exec(readFileSync(file, "utf8").slice(-300))?.[1];
  const candidates = [
    named && !named.startsWith("data:") && path.resolve(path.dirname(file), named),
    `${file}.map`,
  ];
  return candidates.find((f): f is string => !!f && existsSync(f)) ?? null;
}

/** The original file of a bundled frame, from the chunk's source map (null: no map). */
function originalSource(frame: Frame): string | null {
  if (!maps.has(frame.url)) {
    let map: SourceMap | null = null;
    try {
      const file = frame.url.startsWith("file:") ? fileURLToPath(frame.url) : frame.url;
      const mapFile = mapFileOf(file);
      if (mapFile) map = new SourceMap(JSON.parse(readFileSync(mapFile, "utf8")));
    } catch {
      /* an unreadable map: the frame stays unattributed */
    }
    maps.set(frame.url, map);
  }
  const entry = maps.get(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
  return entry && "originalSource" in entry ? entry.originalSource : null;
}

/** The npm package a file belongs to; Next's vendored React counts as React. */
function packageOf(file: string): string | null {
  const decoded = decodeURIComponent(file);
  if (/next\/dist\/compiled\/react/.test(decoded)) return "react";
  // lucide-react's own source maps name its monorepo's "shared" package.
  if (/node_modules\/shared\/src\/(build|utils)\//.test(decoded)) return "lucide-react";
  return /node_modules\/((@[^/]+\/)?[^/]+)/.exec(decoded)?.[1] ?? null;
}

/** The origin of a sampled frame. */
export function originOf(frame: Frame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === "(garbage collector)") return "GC";
    if (functionName === "(idle)" || functionName === "(program)") return functionName;
    return "native (syscalls such as socket writes, the HTTP parser, crypto)";
  }
  if (url.startsWith("node:")) return "Node.js internals";
  // The browser's chunks arrive here mapped to their files in the maps build's static folder.
  if (/\/\.next[\w-]*\/(server|static)\//.test(url)) {
    const src = originalSource(frame);
    if (!src) return "app bundle, unmapped";
    const pkg = packageOf(src);
    if (pkg) return pkg === "next" ? "Next.js" : /^react(-dom)?$/.test(pkg) ? "React" : `bundled ${pkg}`;
    return /(^|\/)(app|lib|components)\//.test(src.replace(/^.*\[project\]\//, ""))
      ? OUR_CODE
      : "bundler runtime";
  }
  const pkg = packageOf(url);
  if (pkg === "next") return "Next.js";
  if (pkg === "react" || pkg === "react-dom") return "React";
  if (pkg === "pg" || pkg?.startsWith("pg-")) return "pg driver";
  if (pkg?.includes("prisma")) return "Prisma";
  if (pkg) return `package ${pkg}`;
  // scripts/serve.ts and what it imports run from source through tsx: the admission step.
  return /\/(lib|scripts)\//.test(url) ? OUR_CODE : "other";
}

/**
 * Self time by origin (`origin` names each frame's) of the samples from `fromUs` (profile time,
 * µs) on, idle excluded, in ms; and the busiest functions.
 */
export function summariseSamples(p: Profile, origin: (frame: Frame) => string, fromUs = 0) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let t = 0;
  let busyUs = 0;
  p.samples.forEach((id, i) => {
    t += p.timeDeltas[i];
    if (t < fromUs) return;
    const frame = byId.get(id)!.callFrame;
    const from = origin(frame);
    if (from === "(idle)") return;
    busyUs += p.timeDeltas[i];
    byOrigin.set(from, (byOrigin.get(from) ?? 0) + p.timeDeltas[i] / 1000);
    const key = `${frame.functionName || "(anonymous)"} ${path.basename(frame.url)} [${from}]`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + p.timeDeltas[i] / 1000);
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { busyMs: busyUs / 1000, origins: sorted(byOrigin), top: sorted(byFunction).slice(0, 25) };
}

/** Self time of the profile's last `lastMs` (not idle) by origin, in ms, and the busiest functions. */
export function summariseProfile(file: string, lastMs: number) {
  const p: Profile = JSON.parse(readFileSync(file, "utf8"));
  const total = p.timeDeltas.reduce((a, b) => a + b, 0);
  // The measured requests are the profile's last `lastMs` (plus the shutdown, a few ms of idle).
  return summariseSamples(p, originOf, total - (lastMs + 300) * 1000);
}

export type ProfileSummary = ReturnType<typeof summariseProfile>;

/**
 * Starts the built app under `--cpu-prof` on `port`, runs `load` (which returns how many
 * requests it made after its warm-up, and the measured window's length), stops the app and
 * summarises the profile of that window.
 */
export async function profileApp(
  port: number,
  databaseUrl: string,
  env: Record<string, string>,
  load: (base: string) => Promise<{ requests: number; windowMs: number }>,
) {
  const dir = mkdtempSync(path.join(tmpdir(), "scorecard-profile-"));
  const app = await startApp(port, databaseUrl, env, ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
  try {
    const { requests, windowMs } = await load(`http://127.0.0.1:${port}`);
    const exited = new Promise((r) => app.once("exit", r));
    app.kill("SIGINT"); // the profile is written on a clean exit
    await exited;
    const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    if (!file) throw new Error("the profiled app wrote no profile");
    return { requests, windowMs, file, ...summariseProfile(path.join(dir, file), windowMs) };
  } finally {
    if (app.exitCode === null) app.kill("SIGTERM");
    // Kept for a closer look when asked (PROFILE_KEEP=1); they are tens of MB each.
    if (!process.env.PROFILE_KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

/** "1.23 ms Next.js, 0.45 ms GC, …": per request, origins above 1 % of the busy time. */
export function originsPerRequest(s: { origins: Array<[string, number]>; busyMs: number; requests: number }) {
  return s.origins
    .filter(([, ms]) => ms >= 0.01 * s.busyMs)
    .map(([o, ms]) => `${(ms / s.requests).toFixed(2)} ms ${o}`)
    .join(", ");
}

/**
 * The two rows every profile prints: busy time per request by origin (`what`: which requests, as
 * the row's words), and our code's share of it.
 */
export function profileRows(what: string, p: ProfileSummary & { requests: number }): string[] {
  const per = p.busyMs / p.requests;
  return [
    `| where ${what}: the app's main thread under \`--cpu-prof\` (busy time per request by origin: ${originsPerRequest(p)}) | ${per.toFixed(2)} ms | | |`,
    `| our code's share of that (app/, lib/, components/ by the bundles' source maps, and the admission step) | ${(ourShare(p) * per).toFixed(2)} ms | ${(100 * ourShare(p)).toFixed(1)} % | |`,
  ];
}

/** With PROFILE_KEEP set (the profile is kept): its path and the busiest functions per request. */
export function printKeptProfile(p: ProfileSummary & { requests: number; file: string }) {
  if (!process.env.PROFILE_KEEP) return;
  console.log(
    `\n${p.file}\n${p.top.map(([k, ms]) => `${(ms / p.requests).toFixed(3)} ms  ${k}`).join("\n")}`,
  );
}

export const ourShare = (s: ProfileSummary) => (s.origins.find(([o]) => o === OUR_CODE)?.[1] ?? 0) / s.busyMs;
