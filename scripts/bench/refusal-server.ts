/**
 * A server that refuses every request with `503 busy`, for scripts/bench/refusal-floor.ts:
 *   node --import tsx scripts/bench/refusal-server.ts ours|bare PORT
 * `ours`: the listener scripts/serve.ts runs (trusted forwarding, admission) in front of a
 * single slot that one request holds forever, so every other request is refused by our code.
 * `bare`: a plain node:http listener writing the same answer, the least a refusal can cost.
 */
import { createServer } from "node:http";
import { admitting, BUSY_JSON } from "../../lib/http/admission-handler";
import { BUSY_RETRY_AFTER_S } from "../../lib/http/database-errors";
import { applyTrustedForwarding } from "../../lib/http/forwarded-for";
import { applyServerTimeouts } from "../../lib/http/server-timeouts";

const [mode, port] = process.argv.slice(2);
const server = createServer();
applyServerTimeouts(server);
if (mode === "bare") {
  // The same bytes our refusal writes, so only the path to them differs.
  server.on("request", (_req, res) => {
    res.writeHead(503, {
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(BUSY_JSON),
      "Cache-Control": "no-store",
      "Retry-After": String(BUSY_RETRY_AFTER_S),
    });
    res.end(BUSY_JSON);
  });
} else {
  const hold = () => {}; // never answers: its slot stays taken
  const admit = admitting(hold, { maxInflight: 1, queue: 0, queueWaitMs: 1_000, maxLagMs: 0 });
  server.on("request", (req, res) => {
    applyTrustedForwarding(req.headers, req.socket.remoteAddress, 0);
    admit(req, res);
  });
}
server.listen(Number(port), "127.0.0.1", () => {
  // Takes the one slot (`ours`); the bench waits for the word before it sends.
  if (mode !== "bare") void fetch(`http://127.0.0.1:${port}/api/v1/hold`, { method: "PUT" }).catch(() => {});
  console.log("ready");
});
// A clean exit on a signal, so `--cpu-prof` can write its profile.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
