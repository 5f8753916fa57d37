import { describe, expect, it } from "vitest";
import { statusesOf } from "./sqlmap";

describe("statusesOf", () => {
  it("reads the status codes of sqlmap's summary, never its counts", () => {
    expect(statusesOf("400 (Bad Request) - 526 times, 404 (Not Found) - 374 times")).toEqual([400, 404]);
    expect(statusesOf("500 (Internal Server Error) - 3 times, 401 (Unauthorized) - 1 times")).toEqual([
      500, 401,
    ]);
    expect(statusesOf("")).toEqual([]);
  });
});
