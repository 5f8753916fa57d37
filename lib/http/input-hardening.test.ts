import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

describe("pathParam", () => {
  it("decodes escapes and leaves a malformed one as typed instead of throwing (found by sqlmap: it was a 500)", async () => {
    const { pathParam } = await import("./api");
    expect(pathParam("EDGE%2D01")).toBe("EDGE-01");
    expect(pathParam("EDGE-02%' AND 1=1")).toBe("EDGE-02%' AND 1=1");
    expect(pathParam("%E0%A4%A")).toBe("%E0%A4%A");
  });
});

describe("NUL characters", () => {
  it("are refused by field path before any query (found by wapiti: the audit filter was a 500)", async () => {
    const { parseInput } = await import("../schemas/parse");
    const { z } = await import("zod");
    const schema = z.object({ actor: z.string(), list: z.array(z.object({ text: z.string() })) });
    expect(() => parseInput(schema, { actor: "a\u0000b", list: [] })).toThrow(/actor: must not contain NUL/);
    expect(() => parseInput(schema, { actor: "ok", list: [{ text: "x" }, { text: "\u0000" }] })).toThrow(
      /list\[1\]\.text/,
    );
    expect(parseInput(schema, { actor: "fine", list: [] })).toEqual({ actor: "fine", list: [] });
  });
});
