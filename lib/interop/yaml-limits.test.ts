import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { errorOf } from "../testing/app-error-of";
import { billionLaughsYaml, deepFlowYaml, manyKeysYaml } from "../testing/hostile-documents";
import { parseYamlSafely } from "./ciso-assistant/parse-yaml";
import { CISO_YAML_LIMITS } from "./limits";

const CISO_FIXTURES = path.join(process.cwd(), "../shared/fixtures/ciso-assistant");

describe("YAML limits: keys and duplicate keys", () => {
  it("refuses 60,000 keys at the keys limit, naming the limit and the line where it was passed", () => {
    const err = errorOf(() => parseYamlSafely(manyKeysYaml(60_000), "flood.yaml"));
    expect(err.code).toBe("validation_failed");
    expect(err.message).toBe(
      'flood.yaml: line 50001, column 7: more than 50,000 keys (mapping entries) (limit "keys" = 50,000)',
    );
    expect(err.details).toEqual({ limit: "keys", max: 50_000 });
  });

  it("reads a 20,000-key mapping and reports a duplicate of an early key at the very end, with both lines", () => {
    const ok = parseYamlSafely(manyKeysYaml(20_000), "big.yaml") as Record<string, number>;
    expect(Object.keys(ok)).toHaveLength(20_000);
    expect(ok.k19999).toBe(1);
    const err = errorOf(() => parseYamlSafely(`${manyKeysYaml(20_000)}\nk5: 2`, "dup.yaml"));
    expect(err.message).toBe('dup.yaml: line 20001, column 1: duplicate key "k5" (first at line 6)');
  });

  it("checks duplicates without comparing each key with every earlier one (the yaml package's uniqueKeys scan)", () => {
    // Counted, not timed: every callback of Array#some while 5,000 keys are read. The pairwise
    // check made ~12.5 million (n²/2); a linear check makes a few per key.
    const some = Array.prototype.some;
    let calls = 0;
    Array.prototype.some = function (
      this: unknown[],
      fn: (v: unknown, i: number, a: unknown[]) => unknown,
      self?: unknown,
    ) {
      return some.call(this, (v: unknown, i: number, a: unknown[]) => (calls++, fn.call(self, v, i, a)));
    };
    try {
      expect(Object.keys(parseYamlSafely(manyKeysYaml(5_000), "t.yaml") as object)).toHaveLength(5_000);
    } finally {
      Array.prototype.some = some;
    }
    expect(calls).toBeLessThan(10 * 5_000);
  });

  it("reads a mapping just under the keys limit (~1.2 billion comparisons pairwise) and names its last duplicate", () => {
    const n = CISO_YAML_LIMITS.keys - 10;
    const err = errorOf(() => parseYamlSafely(`${manyKeysYaml(n)}\nk${n - 1}: 2`, "near-limit.yaml"));
    expect(err.message).toContain(`line ${n + 1}, column 1: duplicate key "k${n - 1}" (first at line ${n})`);
  });

  it("treats keys equal once stringified as duplicates (1 and '1' are one JS property), in flow mappings too", () => {
    expect(errorOf(() => parseYamlSafely("1: a\n'1': b", "t.yaml")).message).toContain(
      'line 2, column 1: duplicate key "1" (first at line 1)',
    );
    expect(errorOf(() => parseYamlSafely("x: {a: 1, b: 2, a: 3}", "t.yaml")).message).toContain(
      'duplicate key "a"',
    );
    expect(errorOf(() => parseYamlSafely("? [a, b]\n: 1", "t.yaml")).message).toContain(
      "a key must be a plain value",
    );
  });
});

describe("YAML limits: depth", () => {
  it.each([
    ["[", "flow sequences"],
    ["{", "flow mappings"],
  ])("refuses 2 MB of %s (%s) at level 65 without reading the rest", (open) => {
    const err = errorOf(() => parseYamlSafely(deepFlowYaml(2 * 1024 * 1024, open), "deep.yaml"));
    expect(err.message).toBe(
      'deep.yaml: line 1, column 65: nested more than 64 levels deep (limit "depth" = 64)',
    );
  });

  it("refuses deep block nesting: compact `- - -` and indentation", () => {
    expect(errorOf(() => parseYamlSafely("- ".repeat(1_000_000), "t.yaml")).message).toMatch(
      /nested more than 64 levels deep \(limit "depth" = 64\)/,
    );
    const indented = Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n");
    expect(errorOf(() => parseYamlSafely(indented, "t.yaml")).message).toMatch(
      /^t\.yaml: line \d+, column \d+: nested more than 64 levels deep/,
    );
  });

  it("reads exactly 64 levels and refuses 65", () => {
    expect(parseYamlSafely(`${"- ".repeat(63)}x`, "t.yaml")).toBeDefined();
    expect(parseYamlSafely(`${"[".repeat(64)}${"]".repeat(64)}`, "t.yaml")).toBeDefined();
    expect(errorOf(() => parseYamlSafely(`${"[".repeat(65)}${"]".repeat(65)}`, "t.yaml")).details).toEqual({
      limit: "depth",
      max: 64,
    });
  });
});

describe("YAML limits: aliases, nodes and strings", () => {
  it("refuses a billion-laughs file by its expanded size, without expanding it", () => {
    const err = errorOf(() => parseYamlSafely(billionLaughsYaml(), "lol.yaml"));
    expect(err.message).toMatch(
      /^lol\.yaml: line \d, column \d+: more than 250,000 nodes \(keys and values\) once aliases are expanded \(limit "nodes" = 250,000\)$/,
    );
  });

  it("counts aliases, and refuses one that refers to its own container", () => {
    const many = `a: &a x\nb: [${Array(101).fill("*a").join(", ")}]`;
    expect(errorOf(() => parseYamlSafely(many, "t.yaml")).details).toEqual({ limit: "aliases", max: 100 });
    expect(parseYamlSafely(`a: &a [1, 2]\nb: [${Array(100).fill("*a").join(", ")}]`, "t.yaml")).toMatchObject(
      { b: expect.arrayContaining([[1, 2]]) },
    );
    expect(errorOf(() => parseYamlSafely("a: &a [*a]", "t.yaml")).message).toContain(
      "refers to a node that contains it",
    );
  });

  it("refuses too many nodes and too long a string, by line", () => {
    const seq = Array.from({ length: 260_000 }, (_, i) => `- ${i}`).join("\n");
    expect(errorOf(() => parseYamlSafely(seq, "t.yaml")).message).toContain(
      "line 250001, column 3: more than 250,000 nodes",
    );
    expect(errorOf(() => parseYamlSafely(`a: ok\nb: ${"x".repeat(100_001)}`, "t.yaml")).message).toBe(
      't.yaml: line 2, column 4: a string longer than 100,000 characters (limit "string" = 100,000)',
    );
  });

  it("still refuses several documents, unknown tags and syntax errors with their line", () => {
    expect(errorOf(() => parseYamlSafely("a: 1\n---\nb: 2", "t.yaml")).message).toContain(
      "more than one YAML document",
    );
    expect(errorOf(() => parseYamlSafely("urn: !!python/object:os.system x\n", "t.yaml")).message).toMatch(
      /not valid YAML at line 1, column 6/,
    );
    expect(errorOf(() => parseYamlSafely("urn: [unclosed\nref_id: x", "t.yaml")).message).toMatch(
      /not valid YAML at line 2/,
    );
  });
});

describe("YAML limits: real libraries", () => {
  it.each(readdirSync(CISO_FIXTURES))("reads %s to the same data as the yaml package", (file) => {
    const text = readFileSync(path.join(CISO_FIXTURES, file), "utf8");
    expect(parseYamlSafely(text, file)).toEqual(parse(text));
  });
});
