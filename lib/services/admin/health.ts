import "server-only";
import { db } from "../../db";

export const APP_VERSION = process.env.SCORECARD_VERSION ?? "dev";

/** Database reachability in at most ~2 s, so health checks never hang. */
export async function checkHealth(): Promise<{
  status: "ok" | "degraded";
  version: string;
  database: "ok" | "down";
}> {
  const probe = db().$queryRaw`SELECT 1`;
  probe.catch(() => {}); // the timeout may win the race; do not leave a rejection unhandled
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), 2_000));
  try {
    await Promise.race([probe, timeout]);
    return { status: "ok", version: APP_VERSION, database: "ok" };
  } catch {
    return { status: "degraded", version: APP_VERSION, database: "down" };
  }
}
