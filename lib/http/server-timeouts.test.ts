import { createServer, type Server } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { applyServerTimeouts, KEEP_ALIVE_MS } from "./server-timeouts";

let server: Server;

beforeAll(async () => {
  server = createServer((_, res) => res.end("ok"));
  applyServerTimeouts(server);
});

describe("server timeouts", () => {
  it("keep idle connections longer than clients do, and headers longer than that", () => {
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_MS);
    expect(KEEP_ALIVE_MS).toBeGreaterThan(60_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });
});
