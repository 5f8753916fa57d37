/**
 * How `npm start` (scripts/start.ts) overlaps the app's start-up with the database's: it starts
 * scripts/serve.ts first, with SCORECARD_HOLD_LISTEN=1 and an IPC channel, so that Next loads
 * and prepares (about 2 s) while the database boots, migrates and seeds. The server listens only
 * once it has been sent the database's address.
 */
import type { EventEmitter } from "node:events";

/** What scripts/start.ts sends once the database is ready: its address and pool size. */
export interface ListenMessage {
  type: "listen";
  env: { DATABASE_URL: string; DATABASE_POOL_SIZE?: string };
}

type Proc = Pick<NodeJS.Process, "send" | "disconnect"> &
  Pick<EventEmitter, "on" | "off"> & { env: Record<string, string | undefined> };

/**
 * Resolves when the server may listen, with the database's settings in `proc.env`. Started any
 * other way (the benchmarks start scripts/serve.ts directly), at once.
 */
export function databaseReady(proc: Proc = process): Promise<void> {
  if (proc.env.SCORECARD_HOLD_LISTEN !== "1" || !proc.send) return Promise.resolve();
  return new Promise((resolve) => {
    // Call this before Next loads: a message that arrives with no listener is lost.
    proc.on("message", function onMessage(m: ListenMessage) {
      if (m?.type !== "listen" || typeof m.env?.DATABASE_URL !== "string") return;
      proc.off("message", onMessage);
      for (const [k, v] of Object.entries(m.env)) if (typeof v === "string") proc.env[k] = v;
      proc.disconnect?.();
      resolve();
    });
  });
}
