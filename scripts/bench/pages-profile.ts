/**
 * Where the compare page's server time goes: the built app under `--cpu-prof`, 300 compare
 * requests (10 vendors) after a warm-up, then the profile's samples of the measured window
 * grouped by where the code comes from. `npx tsx --conditions=react-server scripts/bench/pages-profile.ts`.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { benchStandalone, ownerSession, runIfMain } from "./standalone";

type Node = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };

// Compiled app code sits in .next/server chunks next to Next's own; module paths survive in the chunks' names only
// partly, so frames are told apart by function and file name.
function origin(url: string, fn: string): string {
  if (!url)
    return fn === "(garbage collector)" ? "GC" : fn === "(idle)" || fn === "(program)" ? fn : "native";
  if (url.includes("react-dom") || url.includes("react-server-dom") || /react/.test(url))
    return "React (rendering, Flight serialisation)";
  if (url.includes("/next/dist/")) return "Next.js";
  if (url.includes("/pg/") || url.includes("pg-protocol") || url.includes("/pg-")) return "pg driver";
  if (url.includes("@prisma") || url.includes("generated/prisma")) return "Prisma";
  if (url.includes("node_modules"))
    return `other packages (${url.split("node_modules/").pop()!.split("/")[0]})`;
  if (url.startsWith("node:")) return "Node.js internals";
  if (url.includes(".next/server")) return "app bundle (.next/server: our code and inlined libraries)";
  return "other";
}

export function summarise(file: string, lastMs: number) {
  const p: Profile = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const total = p.timeDeltas.reduce((a, b) => a + b, 0);
  // The measured requests are the profile's last `lastMs` (plus the shutdown, a few ms of idle).
  const from = total - (lastMs + 300) * 1000;
  const self = new Map<string, number>();
  const fns = new Map<string, number>();
  let t = 0,
    measured = 0;
  p.samples.forEach((id, i) => {
    t += p.timeDeltas[i];
    if (t < from) return;
    const n = byId.get(id)!;
    const o = origin(n.callFrame.url, n.callFrame.functionName);
    if (o === "(idle)") return;
    measured += p.timeDeltas[i];
    self.set(o, (self.get(o) ?? 0) + p.timeDeltas[i]);
    const key = `${n.callFrame.functionName || "(anonymous)"} ${path.basename(n.callFrame.url)}`;
    fns.set(key, (fns.get(key) ?? 0) + p.timeDeltas[i]);
  });
  const pct = (v: number) => `${((100 * v) / measured).toFixed(1)} %`;
  return {
    busyMs: measured / 1000,
    origins: [...self].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${pct(v)}  ${k}`),
    top: [...fns]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, v]) => `${pct(v)}  ${k}`),
  };
}

async function standalone() {
  const dir = path.resolve(process.env.PROFILE_DIR ?? "/tmp/scorecard-profile");
  rmSync(dir, { recursive: true, force: true });
  process.env.BENCH_NODE_ARGS = `--cpu-prof --cpu-prof-dir=${dir}`;
  const REQUESTS = 300,
    WARMUP = 60;
  await benchStandalone("scorecard_profile", 3294, async (run) => {
    const { compareFixture } = await import("./compare");
    const { cookie } = await ownerSession("bench");
    const ids = await compareFixture("bench");
    await run.start();
    const url = `${run.base}/w/bench/compare?e=${ids.join(",")}`;
    for (let i = 0; i < WARMUP; i++) await (await fetch(url, { headers: { cookie } })).text();
    const started = Date.now();
    for (let i = 0; i < REQUESTS; i++) await (await fetch(url, { headers: { cookie } })).text();
    const wall = Date.now() - started;
    await run.stop();
    const file = path.join(
      dir,
      readdirSync(dir).find((f) => f.endsWith(".cpuprofile"))!,
    );
    const s = summarise(file, wall);
    console.log(
      `${REQUESTS} compare requests, ${(wall / REQUESTS).toFixed(1)} ms each; server CPU (not idle) while they ran: ${s.busyMs.toFixed(0)} ms (${(s.busyMs / REQUESTS).toFixed(1)} ms a request)`,
    );
    console.log(
      `profile: ${file}\n\nself time by origin:\n${s.origins.join("\n")}\n\ntop functions:\n${s.top.join("\n")}`,
    );
  });
}

runIfMain(module, standalone);
