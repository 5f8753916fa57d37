/**
 * `npm audit` of the production dependencies, run after every build and stored next to it
 * (.next/dependency-audit.json) for the security posture page: the app reports what it ships,
 * as the seed asks frameworks to. Offline or failing → recorded as unavailable, never fatal.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const AUDIT_FILE = path.join(".next", "dependency-audit.json");

type Severity = "info" | "low" | "moderate" | "high" | "critical";

function npmAudit(): string {
  try {
    return execFileSync("npm", ["audit", "--omit=dev", "--json"], {
      timeout: 60_000,
      maxBuffer: 32 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    }).toString();
  } catch (err) {
    // npm audit exits 1 when it finds something; its JSON is still on stdout.
    return (err as { stdout?: Buffer }).stdout?.toString() ?? "";
  }
}

export function runDependencyAudit() {
  let result: Record<string, unknown>;
  try {
    const report = JSON.parse(npmAudit()) as {
      metadata?: { vulnerabilities?: Record<Severity, number>; dependencies?: { prod?: number } };
      error?: { summary?: string };
      message?: string;
    };
    if (!report.metadata?.vulnerabilities)
      throw new Error(report.error?.summary || report.message || "no audit metadata (offline?)");
    result = {
      status: "ok",
      vulnerabilities: report.metadata.vulnerabilities,
      dependencies: report.metadata.dependencies?.prod ?? null,
    };
  } catch (err) {
    result = { status: "unavailable", reason: String((err as Error).message).slice(0, 200) };
  }
  // What ships, whatever the audit said: production packages locked in package-lock.json.
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
    packages: Record<string, { dev?: boolean }>;
  };
  result.productionPackages = Object.entries(lock.packages).filter(([k, v]) => k && !v.dev).length;
  mkdirSync(path.dirname(AUDIT_FILE), { recursive: true });
  writeFileSync(AUDIT_FILE, JSON.stringify({ ...result, generatedAt: new Date().toISOString() }));
}

if (process.argv[1]?.endsWith("dependency-audit.ts")) runDependencyAudit();
