/**
 * The HTTP server `npm start` runs (instead of `next start`): Next's own request handler
 * behind a plain Node server that first makes X-Forwarded-For trustworthy
 * (lib/http/forwarded-for.ts, TRUST_PROXY_HOPS), then admits the request or refuses it at once
 * as `503 busy` (lib/http/admission.ts, ADMISSION_*). Same PORT/HOST, same build output.
 *   node --import tsx scripts/serve.ts [--dev]
 */
import { createServer } from "node:http";
import { admissionSettings, HEALTH_LANE } from "../lib/http/admission";
import { admitting } from "../lib/http/admission-handler";
import { applyTrustedForwarding, proxyHops } from "../lib/http/forwarded-for";
import { liveLoadSignals } from "../lib/http/load-signals";
import { applyServerTimeouts } from "../lib/http/server-timeouts";
import { databaseReady } from "./hold-listen";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
const hops = proxyHops(process.env.TRUST_PROXY_HOPS);

async function main() {
  const ready = databaseReady();
  // `next start` sets this itself; Next must see it before it loads.
  (process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";
  const { default: next } = await import("next");
  const server = createServer();
  applyServerTimeouts(server);
  const app = next({ dev, hostname, port, httpServer: server });
  const handle = app.getRequestHandler();
  await app.prepare();
  await ready;
  // After the database's settings arrived: the pool size bounds the requests in flight.
  const admission = admissionSettings();
  // A bounded number of requests run at once, a few wait briefly; the rest get a fast 503 busy.
  const admit = admitting(
    (req, res) => {
      handle(req, res).catch((err: unknown) => {
        // Next answers its own errors; this is only for a failure outside them (never a stack trace to the client).
        console.error("request failed outside Next's handler", err);
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
        res.end("Internal Server Error");
      });
    },
    admission,
    HEALTH_LANE,
    process.env.ADMISSION_TRACE ? liveLoadSignals() : undefined,
  );
  if (process.env.ADMISSION_TRACE) {
    const t = setInterval(() => {
      const g = admit.gates.app;
      console.error(
        `[admission] inflight ${g.inflight} queued ${g.queued} lag ${admit.signals.lagMs().toFixed(0)} ms`,
      );
    }, 250);
    t.unref();
  }
  server.on("request", (req, res) => {
    applyTrustedForwarding(req.headers, req.socket.remoteAddress, hops);
    admit(req, res);
  });
  server.on("error", (err) => {
    console.error(`Server error: ${err.message}`);
    process.exit(1);
  });
  server.listen(port, hostname, () =>
    console.log(
      `Listening on http://${hostname}:${port} (trusted proxy hops: ${hops}; admission: ${admission.maxInflight} in flight, ${admission.queue} waiting ≤ ${admission.queueWaitMs} ms, refused while the loop lags > ${admission.maxLagMs} ms)`,
    ),
  );
  let closing = false;
  const close = () => {
    if (closing) return;
    closing = true;
    // Finish requests in flight, then stop; a stuck keep-alive connection cannot hold us up.
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", close);
  process.on("SIGINT", close);
}

main().catch((err) => {
  console.error(`Server start failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
