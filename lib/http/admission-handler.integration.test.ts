import { Agent, createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { admitting } from "./admission-handler";

/**
 * The admission step of scripts/serve.ts on a real HTTP server with tiny limits, around a
 * stand-in for Next's handler that holds each request until the test lets it go.
 */
let server: Server | undefined;
afterEach(
  () =>
    new Promise<void>((r) => {
      server?.closeAllConnections();
      server?.close(() => r());
    }),
);

function app(settings = { maxInflight: 2, queue: 1, queueWaitMs: 5_000, maxLagMs: 0 }) {
  const started: string[] = [];
  const held: Array<() => void> = [];
  const listener = admitting(
    (req, res) => {
      started.push(req.url!);
      held.push(() => res.end(JSON.stringify({ ok: req.url })));
    },
    settings,
    { maxInflight: 1, queue: 0, queueWaitMs: 100, maxLagMs: 0 },
  );
  server = createServer(listener);
  return new Promise<{
    base: string;
    started: string[];
    held: Array<() => void>;
    gates: typeof listener.gates;
  }>((resolve) =>
    server!.listen(0, "127.0.0.1", () =>
      resolve({
        base: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`,
        started,
        held,
        gates: listener.gates,
      }),
    ),
  );
}

/** One request through `agent` (node:http, so a kept-alive socket is reused); the whole answer. */
function send(agent: Agent, url: string, method = "GET", body?: string) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = request(url, { method, agent }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok()).toBe(true);
};

describe("admission in front of the app", () => {
  it("answers the excess at once with 503 busy and Retry-After while the admitted ones succeed", async () => {
    const { base, started, held, gates } = await app();
    const admitted = [fetch(`${base}/api/v1/a`), fetch(`${base}/api/v1/b`)];
    await until(() => started.length === 2);
    const queued = fetch(`${base}/api/v1/c`);
    await until(() => gates.app.queued === 1);
    const t = performance.now();
    const refused = await fetch(`${base}/api/v1/d`, { method: "PUT", body: "{}" });
    expect(performance.now() - t).toBeLessThan(200);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(await refused.json()).toEqual({
      error: { code: "busy", message: expect.any(String), retryAfter: 1 },
    });
    const page = await fetch(`${base}/w/acme`);
    expect([page.status, page.headers.get("content-type"), page.headers.get("retry-after")]).toEqual([
      503,
      "text/plain; charset=utf-8",
      "1",
    ]);
    // Static assets pass; so does one health probe, and a PDF, each in its own lane.
    const asset = fetch(`${base}/_next/static/x.js`);
    const probe = fetch(`${base}/api/health`);
    const pdf = fetch(`${base}/api/v1/evaluations/e/report.pdf`);
    await until(() => started.length === 5);
    expect(started.slice(2).sort()).toEqual([
      "/_next/static/x.js",
      "/api/health",
      "/api/v1/evaluations/e/report.pdf",
    ]);
    held[0]();
    held[1]();
    for (const r of await Promise.all(admitted)) expect(r.status).toBe(200);
    await until(() => started.length === 6);
    expect(started[5]).toBe("/api/v1/c");
    held.slice(2).forEach((h) => h());
    expect((await queued).status).toBe(200);
    expect([(await asset).status, (await probe).status, (await pdf).status]).toEqual([200, 200, 200]);
    await until(() => gates.app.inflight === 0);
  });

  it("refuses in one framed answer (declared length, not chunked) and keeps the connection for what follows", async () => {
    const { base, started, held } = await app({ maxInflight: 1, queue: 0, queueWaitMs: 1_000, maxLagMs: 0 });
    let connections = 0;
    server!.on("connection", () => connections++);
    const first = fetch(`${base}/api/v1/first`);
    await until(() => started.length === 1);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      // A refused PUT whose body the app never reads, then a page, on the same socket.
      const api = await send(agent, `${base}/api/v1/refused`, "PUT", JSON.stringify({ value: 3 }));
      const page = await send(agent, `${base}/w/acme`);
      for (const r of [api, page]) {
        expect(r.status).toBe(503);
        expect(r.headers["transfer-encoding"]).toBeUndefined();
        expect(Number(r.headers["content-length"])).toBe(Buffer.byteLength(r.body));
      }
      expect(JSON.parse(api.body)).toEqual({
        error: { code: "busy", message: "The server is busy; try again shortly.", retryAfter: 1 },
      });
      expect(page.body).toBe("The server is busy; try again shortly.");
      held[0]();
      expect((await first).status).toBe(200);
      const after = send(agent, `${base}/api/v1/after`, "PUT", "{}");
      await until(() => started.length === 2);
      held[1]();
      expect((await after).status).toBe(200);
      // fetch's connection for the first request, and one socket for the three others.
      expect(connections).toBe(2);
      expect(started).toEqual(["/api/v1/first", "/api/v1/after"]);
    } finally {
      agent.destroy();
    }
  });

  it("never runs a queued request whose client disconnected", async () => {
    const { base, started, held, gates } = await app({
      maxInflight: 1,
      queue: 2,
      queueWaitMs: 5_000,
      maxLagMs: 0,
    });
    const first = fetch(`${base}/api/v1/first`);
    await until(() => started.length === 1);
    const req = request(`${base}/api/v1/abandoned`, { method: "PUT" });
    req.on("error", () => {});
    req.end("{}");
    await until(() => gates.app.queued === 1);
    req.destroy();
    await until(() => gates.app.queued === 0);
    const next = fetch(`${base}/api/v1/next`);
    await until(() => gates.app.queued === 1);
    held[0]();
    expect((await first).status).toBe(200);
    await until(() => started.length === 2);
    held[1]();
    expect((await next).status).toBe(200);
    expect(started).toEqual(["/api/v1/first", "/api/v1/next"]);
  });

  it("runs the event-loop lag probe only where a limit reads it", () => {
    const run = () => {};
    const timers = vi.spyOn(globalThis, "setInterval");
    try {
      const quiet = admitting(run, { maxInflight: 1, queue: 0, queueWaitMs: 100, maxLagMs: 0 });
      // The probe woke the loop 110 times a second, refusals or not, for a limit that was off.
      expect(timers).not.toHaveBeenCalled();
      expect(quiet.signals.lagMs()).toBe(0);
      const watched = admitting(run, { maxInflight: 1, queue: 0, queueWaitMs: 100, maxLagMs: 30 });
      expect(timers).toHaveBeenCalled();
      watched.signals.stop();
    } finally {
      timers.mockRestore();
    }
  });
});
