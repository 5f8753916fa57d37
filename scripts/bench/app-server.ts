import { spawn, type ChildProcess } from "node:child_process";

/** The built app on `port` against `databaseUrl`, for benchmarks; resolves once healthy.
 * `nodeArgs` (default: BENCH_NODE_ARGS, split on spaces) are node flags for the server, e.g.
 * `--cpu-prof` to profile a run (scripts/bench/cpu-profile.ts).
 * Rate limits are off (RATE_LIMITS=off): benchmarks, the fault suite and the security scanners
 * (sqlmap, wapiti) send far more requests from one address than any person; pass
 * `{ RATE_LIMITS: "" }` in `env` to run with the production limits. */
export async function startApp(
  port: number,
  databaseUrl: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = process.env.BENCH_NODE_ARGS?.split(" ") ?? [],
): Promise<ChildProcess> {
  // The same server `npm start` runs (scripts/serve.ts), not `next start`.
  const proc = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "scripts/serve.ts"], {
    // BENCH_APP_LOG=1 shows the server's own output (e.g. with ADMISSION_TRACE=1).
    stdio: process.env.BENCH_APP_LOG ? ["ignore", "inherit", "inherit"] : "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "bench-only-secret",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      AUDIT_STDOUT: "0",
      RATE_LIMITS: "off",
      ...env,
    },
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return proc;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  proc.kill();
  throw new Error("the app never became healthy");
}
