import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { OUR_CODE, originOf } from "./cpu-profile";

const frame = (url: string, functionName = "f", lineNumber = 0, columnNumber = 0) => ({
  url,
  functionName,
  lineNumber,
  columnNumber,
});

describe("originOf: where a profiled frame's code comes from", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cpu-profile-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A one-line server chunk whose two functions map to `sources` (columns 0 and 10). */
  function chunk(name: string, sources: string[]) {
    const server = path.join(dir, ".next", "server", "chunks");
    mkdirSync(server, { recursive: true });
    const file = path.join(server, name);
    writeFileSync(file, "function a(){}function b(){}\n");
    // "AAAA": column 0 → source 0 line 0; "UCAA": column 10 → source 1 line 0.
    writeFileSync(`${file}.map`, JSON.stringify({ version: 3, sources, names: [], mappings: "AAAA,UCAA" }));
    return pathToFileURL(file).href;
  }

  it("tells our bundled code from the libraries inlined beside it, by the chunk's source map", () => {
    const url = chunk("a.js", [
      "turbopack:///[project]/lib/services/evaluations/scores.ts",
      "turbopack:///[project]/node_modules/%40tanstack/table-core/build/lib/index.mjs",
    ]);
    expect(originOf(frame(url, "saveScore", 0, 0))).toBe(OUR_CODE);
    expect(originOf(frame(url, "getCoreRowModel", 0, 10))).toBe("bundled @tanstack/table-core");
  });

  it("counts Next's own and its vendored React as theirs, even when bundled", () => {
    const url = chunk("b.js", [
      "turbopack:///[project]/node_modules/next/dist/server/route-modules/app-route/module.js",
      "turbopack:///[project]/node_modules/next/dist/compiled/react-server-dom-turbopack/server.js",
    ]);
    expect(originOf(frame(url, "handle", 0, 0))).toBe("Next.js");
    expect(originOf(frame(url, "renderToReadableStream", 0, 10))).toBe("React");
  });

  it("leaves a chunk without a source map unattributed rather than guessing", () => {
    const server = path.join(dir, ".next", "server");
    writeFileSync(path.join(server, "nomap.js"), "function a(){}\n");
    expect(originOf(frame(pathToFileURL(path.join(server, "nomap.js")).href))).toBe("app bundle, unmapped");
  });

  it("names unbundled packages, Node's internals, the engine's own entries and the admission step", () => {
    expect(originOf(frame("file:///app/node_modules/next/dist/server/base-server.js"))).toBe("Next.js");
    expect(originOf(frame("file:///app/node_modules/pg-protocol/dist/serializer.js"))).toBe("pg driver");
    expect(originOf(frame("file:///app/node_modules/pg/lib/client.js"))).toBe("pg driver");
    expect(originOf(frame("file:///app/node_modules/@prisma/client/runtime/x.js"))).toBe("Prisma");
    expect(originOf(frame("file:///app/node_modules/zod/v4/core.js"))).toBe("package zod");
    expect(originOf(frame("node:internal/http"))).toBe("Node.js internals");
    expect(originOf(frame("", "(garbage collector)"))).toBe("GC");
    expect(originOf(frame("", "(idle)"))).toBe("(idle)");
    expect(originOf(frame("", "writev"))).toMatch(/^native/);
    expect(originOf(frame("file:///app/lib/http/admission.ts"))).toBe(OUR_CODE);
  });
});
