import { describe, expect, it } from "vitest";
import { errorOf } from "../testing/app-error-of";
import { assertJsonLimits, parseJsonWithin, scanJsonNesting } from "./json-limits";
import { OSCAL_JSON_LIMITS, type ParseLimits } from "./limits";

const small: ParseLimits = {
  kind: "test",
  bytes: 1_000,
  depth: 3,
  nodes: 20,
  keys: 5,
  string: 10,
  aliases: 0,
};

describe("JSON nesting pre-scan", () => {
  it("refuses 5 MB of `[` at level 65 with its line and column, before JSON.parse", () => {
    const err = errorOf(() =>
      parseJsonWithin(`{\n "catalog": ${"[".repeat(5 * 1024 * 1024)}`, "deep.json", OSCAL_JSON_LIMITS),
    );
    expect(err.message).toBe(
      'deep.json: line 2, column 76: nested more than 64 levels deep (limit "depth" = 64)',
    );
    expect(err.details).toEqual({ limit: "depth", max: 64 });
  });

  it("ignores brackets inside strings, escaped quotes included", () => {
    expect(() =>
      scanJsonNesting(JSON.stringify({ a: '[[[[[[\\"{{{{{{', b: ["]]]]"] }), small, "t.json"),
    ).not.toThrow();
    expect(() => scanJsonNesting('[[["\\"[[[["]]]', small, "t.json")).not.toThrow();
    expect(errorOf(() => scanJsonNesting('[[["\\\\"[]]]', small, "t.json")).message).toContain(
      "line 1, column 8: nested more than 3 levels deep",
    );
  });
});

describe("JSON limits after parsing", () => {
  it("names the JSON path of the first value over each limit", () => {
    expect(errorOf(() => assertJsonLimits({ a: [{ b: [1] }] }, small, "t.json")).message).toBe(
      't.json: $.a[0].b: nested more than 3 levels deep (limit "depth" = 3)',
    );
    expect(
      errorOf(() => assertJsonLimits({ a: { b: 1, c: 2 }, d: { e: 1, f: 2, g: 3 } }, small, "t.json"))
        .message,
    ).toBe('t.json: $.d: more than 5 keys (mapping entries) (limit "keys" = 5)');
    expect(errorOf(() => assertJsonLimits({ a: ["ok", "x".repeat(11)] }, small, "t.json")).message).toBe(
      't.json: $.a[1]: a string longer than 10 characters (limit "string" = 10)',
    );
    expect(errorOf(() => assertJsonLimits({ a: Array(30).fill(0) }, small, "t.json")).message).toBe(
      't.json: $.a: more than 20 nodes (keys and values) (limit "nodes" = 20)',
    );
    expect(errorOf(() => assertJsonLimits({ ["k".repeat(11)]: 1 }, small, "t.json")).issues).toEqual([
      { field: "kkkkkkkkkkk", message: 'a string longer than 10 characters (limit "string" = 10)' },
    ]);
  });

  it("accepts a document at the limits", () => {
    expect(() =>
      assertJsonLimits({ a: [["0123456789"]], b: 1, c: null, d: true, e: 2 }, small, "t.json"),
    ).not.toThrow();
  });

  it("counts a wide document without a frame per element: a million-element array is refused at once", () => {
    const err = errorOf(() =>
      parseJsonWithin(`[${Array(1_000_001).fill(0).join(",")}]`, "wide.json", OSCAL_JSON_LIMITS),
    );
    expect(err.message).toBe(
      'wide.json: $: more than 1,000,000 nodes (keys and values) (limit "nodes" = 1,000,000)',
    );
  });
});
