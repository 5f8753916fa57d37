import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

// The limiter's database is gone (a server restart terminated the connection: 57P01).
vi.mock("../rate-limit/limiter", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../rate-limit/limiter")>()),
  hitRateLimit: vi.fn(async () => {
    throw Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
  }),
}));

const { limitSignInAttempts } = await import("./sign-in-limit");

describe("the sign-in limit when the database is lost", () => {
  it("answers 503 unavailable with a message next-auth's form shows, not a 500, and does not run next-auth", async () => {
    const inner = vi.fn(async () => Response.json({ url: "http://localhost/w" }));
    const req = new NextRequest("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      body: "email=a%40b.test",
    });
    const res = await limitSignInAttempts(inner)(req, {
      params: Promise.resolve({ nextauth: ["callback", "credentials"] }),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    const body = await res.json();
    expect(body.error.code).toBe("unavailable");
    expect(new URL(body.url).searchParams.get("error")).toMatch(/unavailable right now/);
    expect(inner).not.toHaveBeenCalled();
  });
});
