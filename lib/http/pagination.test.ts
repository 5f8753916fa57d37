import { z } from "zod";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageOf, pageQuery, pageWindow } from "./pagination";

const row = (ms: number, id: string) => ({ createdAt: new Date(ms), id });
const ID = "0190f0c2-0000-7000-8000-000000000001";

describe("cursor pagination", () => {
  it("round-trips a position through an opaque cursor", () => {
    const cursor = encodeCursor(row(1_700_000_000_123, ID));
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(row(1_700_000_000_123, ID));
  });

  it.each(["", "abc", Buffer.from('{"t":"x","i":"y"}').toString("base64url"), "%%%"])(
    "refuses %j naming cursor",
    (bad) => {
      const err = (() => {
        try {
          pageWindow({ cursor: bad || "=", limit: 10 });
        } catch (e) {
          return e as AppError;
        }
      })();
      expect(err).toBeInstanceOf(AppError);
      expect(err!.status).toBe(400);
      expect(err!.issues[0].field).toBe("cursor");
    },
  );

  it("asks for one row more than the limit, after the cursor in (createdAt, id) descending order", () => {
    const cursor = encodeCursor(row(5, ID));
    expect(pageWindow({ cursor, limit: 2 })).toEqual({
      where: {
        OR: [{ createdAt: { lt: new Date(5) } }, { createdAt: new Date(5), id: { lt: ID } }],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 3,
    });
    expect(pageWindow({ limit: 2 }).where).toEqual({});
  });

  it("names the next page only when there is one", () => {
    const rows = [row(3, "c"), row(2, "b"), row(1, "a")];
    const first = pageOf(rows, { limit: 2 });
    expect(first.items.map((r) => r.id)).toEqual(["c", "b"]);
    expect(first.nextCursor).toBe(encodeCursor(row(2, "b")));
    expect(pageOf(rows, { limit: 3 }).nextCursor).toBeNull();
  });

  it("documents and enforces the maximum page size", () => {
    const q = z.object(pageQuery);
    expect(q.parse({}).limit).toBe(100);
    expect(q.safeParse({ limit: String(MAX_PAGE_SIZE + 1) }).success).toBe(false);
    expect(q.safeParse({ limit: "0" }).success).toBe(false);
    expect(q.parse({ limit: "7" }).limit).toBe(7);
  });
});
