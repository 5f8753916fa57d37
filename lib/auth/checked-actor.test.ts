import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { Actor } from "./actor";
import type { authorize, Authorised } from "./authorize";

/**
 * Services take `Actor | null` and may use the actor only as `authorize` hands it back. These
 * checks keep it that way: the types (enforced by `tsc --noEmit`, which compiles this file)
 * and the sources (a `!` or a second look at the raw parameter would bypass the types).
 */
describe("authorize returns the checked actor", () => {
  it("types the returned actor as non-null", () => {
    expectTypeOf<Authorised>().toHaveProperty("actor").toEqualTypeOf<Actor>();
    expectTypeOf<Awaited<ReturnType<typeof authorize>>>().toEqualTypeOf<Authorised>();
    // @ts-expect-error -- the gate never returns without an actor
    const unchecked: Authorised["actor"] = null;
    expect(unchecked).toBeNull();
  });
});

const LIB = path.resolve(__dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** A `!` non-null assertion on `actor` or `me`: the compiler takes it on trust. */
const ASSERTED_ACTOR = /\b(?:actor|me)!(?!=)/;

function assertedActors(source: string): number[] {
  return source.split("\n").flatMap((line, i) => (ASSERTED_ACTOR.test(line) ? [i + 1] : []));
}

/**
 * Lines that read the raw `actor` parameter after the `authorize` call of the same top-level
 * function (which ends at a line that is exactly `}`). `actor:` as an object key and
 * `x.actor` are not the parameter.
 */
function uncheckedUses(source: string): number[] {
  const lines = source.split("\n");
  const hits: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/\bawait authorize\(/.test(lines[i])) continue;
    let end = i;
    while (end < lines.length && !lines[end].trimEnd().endsWith(";")) end++;
    for (let j = end + 1; j < lines.length && lines[j] !== "}"; j++) {
      const code = lines[j].replace(/\/\/.*$/, "");
      if (/(?<![.\w])actor\b(?!\s*:)/.test(code)) hits.push(j + 1);
    }
  }
  return hits;
}

describe("services use only the checked actor", () => {
  it("detects both patterns (so a clean tree below means something)", () => {
    const bad = [
      "export async function f(actor: Actor | null, slug: string) {",
      '  const { workspace } = await authorize(actor, slug, "workspace.read");',
      "  await recordAudit(tx, { actor, workspaceId: workspace.id });",
      // Spelled in two parts, so that a plain grep of lib/ for the pattern finds nothing.
      `  return actor${"!"}.userId;`,
      "}",
    ].join("\n");
    expect(uncheckedUses(bad)).toEqual([3, 4]);
    expect(assertedActors(bad)).toEqual([4]);
    const good = [
      "export async function f(actor: Actor | null, slug: string) {",
      '  const { workspace, actor: me } = await authorize(actor, slug, "workspace.read");',
      "  await recordAudit(tx, { actor: me, workspaceId: workspace.id });",
      "  return auth.actor.userId !== me.userId;",
      "}",
    ].join("\n");
    expect(uncheckedUses(good)).toEqual([]);
    expect(assertedActors(good)).toEqual([]);
  });

  it("has no non-null assertion on an actor anywhere in lib/", () => {
    const found = sources(LIB).flatMap((file) =>
      assertedActors(readFileSync(file, "utf8")).map((line) => `${path.relative(LIB, file)}:${line}`),
    );
    expect(found).toEqual([]);
  });

  it("never reads the raw actor parameter after authorize in lib/services", () => {
    const found = sources(path.join(LIB, "services"))
      .filter((file) => !file.endsWith(".test.ts"))
      .flatMap((file) =>
        uncheckedUses(readFileSync(file, "utf8")).map((line) => `${path.relative(LIB, file)}:${line}`),
      );
    expect(found).toEqual([]);
  });
});
