import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Prisma } from "../generated/prisma/client";
import { runAction } from "./action";
import { apiRoute } from "./api";

/** What a model query inside a transaction throws when its backend is terminated (Prisma 7, adapter-pg). */
const terminated = () =>
  new Prisma.PrismaClientKnownRequestError(
    "\nInvalid `tx.criterion.createMany()` invocation:\n\nDatabase error. Code: `57P01`.",
    {
      code: "P2039",
      clientVersion: "7.10.0",
      meta: {
        driverAdapterError: new DriverAdapterError({
          kind: "postgres",
          code: "57P01",
          severity: "FATAL",
          message: "terminating connection due to administrator command",
        } as never),
      },
    },
  );

afterEach(() => vi.restoreAllMocks());

describe("the shared error mapping, for a connection terminated mid-request", () => {
  it("route handlers answer 503 unavailable with a request id, no stack", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await apiRoute(async () => {
      throw terminated();
    })(new NextRequest("http://localhost/api/v1/x"), { params: Promise.resolve({}) });
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: "unavailable", requestId: expect.any(String) });
    expect(JSON.stringify(body)).not.toMatch(/57P01|Invalid `tx|at /);
  });

  it("server actions answer an unavailable state, not a generic failure", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const state = await runAction(async () => {
      throw terminated();
    });
    expect(state).toMatchObject({
      ok: false,
      code: "unavailable",
      message: expect.stringMatching(/^The database is unavailable; try again shortly\./),
    });
    expect(spy).not.toHaveBeenCalled(); // expected, not an "unexpected error" with a stack in the log
  });
});

describe("an exhausted connection pool (the database is up)", () => {
  const poolTimeout = () => new Error("timeout exceeded when trying to connect");

  it("route handlers answer 503 busy with Retry-After, not unavailable", async () => {
    const res = await apiRoute(async () => {
      throw poolTimeout();
    })(new NextRequest("http://localhost/api/v1/x"), { params: Promise.resolve({}) });
    expect([res.status, res.headers.get("retry-after")]).toEqual([503, "1"]);
    expect((await res.json()).error).toMatchObject({ code: "busy", retryAfter: 1 });
  });

  it("server actions answer a busy state", async () => {
    expect(
      await runAction(async () => {
        throw poolTimeout();
      }),
    ).toMatchObject({ ok: false, code: "busy", details: { retryAfter: 1 } });
  });

  it("a route handler whose client already left does not run", async () => {
    const gone = new AbortController();
    gone.abort();
    const handler = vi.fn(async () => ({}));
    const res = await apiRoute(handler)(
      new NextRequest("http://localhost/api/v1/x", { signal: gone.signal }),
      { params: Promise.resolve({}) },
    );
    expect(handler).not.toHaveBeenCalled();
    expect(res.status).toBe(499);
  });

  it("a client that hangs up mid-body is not logged as a lost database", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const gone = new AbortController();
    const res = await apiRoute(async () => {
      gone.abort();
      throw Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    })(new NextRequest("http://localhost/api/v1/x", { signal: gone.signal }), {
      params: Promise.resolve({}),
    });
    expect(res.status).toBe(499);
    expect(spy).not.toHaveBeenCalled();
  });
});
