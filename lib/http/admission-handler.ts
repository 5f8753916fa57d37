/**
 * The admission step of scripts/serve.ts as a plain Node request listener around the app's own
 * handler: picks the lane (lib/http/admission.ts), waits for a slot or refuses with `503 busy`,
 * frees the slot when the response closes. A client that hangs up while waiting is never run;
 * one that hangs up while running closes the response, which Next turns into the aborted
 * `req.signal` of the route handler (lib/http/api.ts stops there if the work has not started).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { poolLimits } from "../workers/settings";
import { createGate, HEALTH_LANE, heavyLane, laneOf, type AdmissionSettings } from "./admission";
import { liveLoadSignals, QUIET_SIGNALS, type LoadSignals } from "./load-signals";
import { BUSY_MESSAGE, BUSY_RETRY_AFTER_S } from "./database-errors";

type Listener = (req: IncomingMessage, res: ServerResponse) => void;
const CLIENT_GONE = Object.freeze({ reason: "the client disconnected" });

// A string, not a Buffer: Node sends a string body in the same write as the headers.
export const BUSY_JSON = JSON.stringify({
  error: { code: "busy", message: BUSY_MESSAGE, retryAfter: BUSY_RETRY_AFTER_S },
});

/** The refusal: the API's JSON error shape (as jsonError in lib/http/api.ts writes it), plain text for pages. */
function refuseBusy(req: IncomingMessage, res: ServerResponse) {
  const api = req.url?.startsWith("/api/");
  const body = api ? BUSY_JSON : BUSY_MESSAGE;
  // With its length declared the answer goes out in one write (chunked, it took two).
  res.writeHead(503, {
    "Content-Type": api ? "application/json" : "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "Retry-After": String(BUSY_RETRY_AFTER_S),
  });
  res.end(body);
}

export function admitting(
  run: Listener,
  settings: AdmissionSettings,
  health: AdmissionSettings = HEALTH_LANE,
  // The lag probe wakes the loop 110 times a second: only where a limit reads it.
  signals: LoadSignals = settings.maxLagMs > 0 ? liveLoadSignals() : QUIET_SIGNALS,
) {
  // Only the app lane reads the load signals: a probe must reach a lagging instance, and a
  // heavy request's work is in the worker pool, not on this loop.
  const gates = {
    app: createGate(settings, signals),
    health: createGate(health),
    heavy: createGate(heavyLane(poolLimits(), settings)),
  };
  const listener: Listener = (req, res) => {
    const pathname = (req.url ?? "/").split("?")[0];
    const lane = laneOf(pathname);
    // A page a person asked for (not the API, not Next's prefetch) waits rather than fails fast.
    const patient = !pathname.startsWith("/api/") && !req.headers["next-router-prefetch"];
    if (lane === "exempt") return run(req, res);
    // Decided at once (the usual case): admitted with nothing to watch but the slot's release,
    // or refused. Under overload every refusal is paid for by the requests being served.
    const now = gates[lane].tryEnter(patient);
    if (now?.outcome === "busy") return refuseBusy(req, res);
    if (now) {
      res.once("close", now.release);
      return run(req, res);
    }
    // It waits. The response closes when it is done or when the client hangs up before that;
    // a fixed reason spares an AbortError (and its stack) per request.
    const gone = new AbortController();
    res.once("close", () => gone.abort(CLIENT_GONE));
    void gates[lane].enter(gone.signal, patient).then((a) => {
      if (a.outcome === "gone") return;
      if (a.outcome === "busy") return refuseBusy(req, res);
      if (gone.signal.aborted) return a.release();
      res.once("close", a.release);
      run(req, res);
    });
  };
  return Object.assign(listener, { gates, signals });
}
