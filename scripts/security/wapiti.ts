import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

export interface WapitiFinding {
  category: string;
  level: number;
  method: string;
  path: string;
  info: string;
}

/**
 * An authenticated crawl and attack of the UI (session cookie) and the API (bearer token), with
 * Debian's wapiti. Modules that call out to the internet (ssrf) or brute-force paths (nikto,
 * buster) are left out: this machine reaches no internet and they find nothing app-specific.
 */
export async function wapiti(
  base: string,
  cookie: string,
  token: string,
  startUrls: string[],
  report: string,
): Promise<WapitiFinding[]> {
  const args = [
    "-u",
    `${base}/`,
    "--scope",
    "folder",
    "-f",
    "json",
    "-o",
    report,
    "--flush-session",
    "--verify-ssl",
    "0",
    "-m",
    "exec,file,sql,timesql,xss,permanentxss,redirect,crlf,xxe,methods,shellshock,backup,htaccess",
    "-H",
    `Cookie: ${cookie}`,
    "-H",
    `Authorization: Bearer ${token}`,
    "--max-scan-time",
    "420",
    "--max-attack-time",
    "60",
    "-d",
    "4",
    "--max-links-per-page",
    "40",
    "-t",
    "10",
    ...startUrls.flatMap((u) => ["-s", u]),
  ];
  await new Promise<void>((resolve, reject) => {
    const p = spawn("wapiti", args, { stdio: ["ignore", "ignore", "inherit"] });
    p.on("error", reject);
    p.on("close", () => resolve());
  });
  const json = JSON.parse(readFileSync(report, "utf8")) as {
    vulnerabilities?: Record<string, Array<{ level: number; method: string; path: string; info: string }>>;
    anomalies?: Record<string, Array<{ level: number; method: string; path: string; info: string }>>;
  };
  const all = { ...(json.vulnerabilities ?? {}), ...(json.anomalies ?? {}) };
  return Object.entries(all).flatMap(([category, list]) =>
    list.map((f) => ({ category, level: f.level, method: f.method, path: f.path, info: f.info })),
  );
}
