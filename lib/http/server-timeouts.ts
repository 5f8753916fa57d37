import type { Server } from "node:http";

/**
 * How long an idle keep-alive connection stays open. Node's default (5 s) races clients that
 * reuse a pooled connection just as the server closes it: their next request fails with
 * ECONNRESET (CI saw it on a PDF download after five page loads). Clients and proxies keep idle
 * connections for up to 60 s, so the server keeps them a little longer; the header timeout must
 * exceed it, or Node cuts a slow request on a reused connection first.
 */
export const KEEP_ALIVE_MS = 65_000;

export function applyServerTimeouts(server: Server) {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
}
