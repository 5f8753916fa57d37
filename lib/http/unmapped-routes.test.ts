import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { Prisma } from "../generated/prisma/client";

/**
 * The two routes that answer without apiRoute (a streamed download, an HTML page for share
 * visitors) map a terminated database connection to 503 too, not to Next's bare 500.
 */
const terminated = () =>
  new Prisma.PrismaClientKnownRequestError("Database error. Code: `57P01`.", {
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
  });

vi.mock("@/lib/auth/current", () => ({ currentActor: async () => null }));
vi.mock("@/lib/services/admin/audit-log", () => ({
  exportAuditEvents: async function* () {
    throw terminated();
  },
}));
vi.mock("@/lib/services/sharing/share-links", () => ({
  peekShareLink: async () => {
    throw terminated();
  },
}));

describe("routes outside apiRoute, database connection terminated", () => {
  it("the audit export answers 503 unavailable (JSON)", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { GET } = await import("@/app/(app)/w/[workspace]/audit/export/route");
    const res = await GET(new NextRequest("http://localhost/w/acme/audit/export"), {
      params: Promise.resolve({ workspace: "acme" }),
    });
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe("unavailable");
  });

  it("a share link answers a 503 page, not a stack", async () => {
    const { GET } = await import("@/app/s/[token]/route");
    const res = await GET(new Request("http://localhost/s/abc"), {
      params: Promise.resolve({ token: "abc" }),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await res.text()).toContain("Temporarily unavailable");
  });
});
