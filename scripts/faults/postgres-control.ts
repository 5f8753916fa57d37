import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";

/**
 * Stops and starts the local PostgreSQL cluster (Debian's pg_ctlcluster; CI runs as root on
 * its own machine). Refuses anything but a local server: this test takes the database down.
 */
export function postgresControl(serverUrl: string) {
  const { hostname } = new URL(serverUrl);
  if (!["127.0.0.1", "localhost", "::1"].includes(hostname))
    throw new Error(`refusing to stop a non-local PostgreSQL (${hostname})`);
  const version = process.env.PG_CLUSTER_VERSION ?? readdirSync("/etc/postgresql").sort().at(-1);
  const cluster = process.env.PG_CLUSTER_NAME ?? "main";
  const ctl = (action: "stop" | "start") =>
    execFileSync(
      "pg_ctlcluster",
      [
        "--skip-systemctl-redirect",
        String(version),
        cluster,
        action,
        ...(action === "stop" ? ["-m", "fast"] : []),
      ],
      { stdio: "pipe" },
    );
  return { stop: () => ctl("stop"), start: () => ctl("start") };
}
