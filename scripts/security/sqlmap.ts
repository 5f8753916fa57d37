import { spawn } from "node:child_process";
import type { Target } from "./targets";

export interface SqlmapResult {
  target: string;
  injectable: boolean;
  tested: boolean;
  seconds: number;
  httpErrors: string;
  serverErrors: boolean;
  unauthorized: boolean;
  tail: string;
}

/**
 * One sqlmap run (Debian's package): batch mode, level 2, boolean/error/union/stacked
 * techniques (time-based ones are left out: they only slow the run on a fast local server and
 * would report the same injection points). "Injectable" is sqlmap's own verdict.
 */
export function sqlmap(t: Target, token: string, outputDir: string): Promise<SqlmapResult> {
  const args = [
    "-u",
    t.url,
    "--method",
    t.method,
    ...(t.data ? ["--data", t.data] : []),
    "-H",
    `Authorization: Bearer ${token}`,
    ...(t.data ? ["-H", "Content-Type: application/json"] : []),
    ...(t.ignoreCodes ? ["--ignore-code", t.ignoreCodes.join(",")] : []),
    "--batch",
    "--level",
    "2",
    "--risk",
    "1",
    "--technique",
    "BEUS",
    "--threads",
    "4",
    "--timeout",
    "10",
    "--retries",
    "1",
    "--flush-session",
    "--disable-coloring",
    "--output-dir",
    outputDir,
  ];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const p = spawn("sqlmap", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    p.stdout.on("data", (d) => {
      out += d;
    });
    p.stderr.on("data", (d) => {
      out += d;
    });
    p.on("error", reject);
    p.on("close", () => {
      // The summary sits on the line after its heading.
      const httpErrors = /HTTP error codes detected during run:\s*(.*)/.exec(out)?.[1]?.trim() ?? "";
      resolve({
        target: t.name,
        injectable: /identified the following injection point|is vulnerable/i.test(out),
        tested:
          /do not appear to be injectable|not injectable|identified the following injection point|might not be injectable/i.test(
            out,
          ),
        seconds: Math.round((Date.now() - started) / 1000),
        // sqlmap sums up the error statuses it saw: 4xx for its payloads is the point; a 401
        // would mean the token was not accepted (nothing tested), a 5xx a crash it provoked.
        httpErrors,
        serverErrors: statusesOf(httpErrors).some((code) => code >= 500),
        unauthorized: statusesOf(httpErrors).includes(401),
        tail: out
          .split("\n")
          .filter((l) => /\[(CRITICAL|ERROR|WARNING)\]|injectable|injection point/i.test(l))
          .slice(-6)
          .join("\n"),
      });
    });
  });
}

/**
 * The statuses in sqlmap's summary, "400 (Bad Request) - 526 times, 404 (Not Found) - 374
 * times": each code is the number before a parenthesis (matching any three digits also caught
 * the count "526 times" as a server error).
 */
export function statusesOf(httpErrors: string): number[] {
  return [...httpErrors.matchAll(/(?:^|,)\s*(\d{3}) \(/g)].map((m) => Number(m[1]));
}
