import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BROWSER_WORK, browserOriginOf } from "./browser-profile";
import { OUR_CODE, summariseSamples } from "./cpu-profile";

const BASE = "http://127.0.0.1:3299";
const frame = (url: string, functionName = "f", lineNumber = 0, columnNumber = 0) => ({
  url,
  functionName,
  lineNumber,
  columnNumber,
});

describe("browserOriginOf: where a frame sampled in the page comes from", () => {
  const dist = path.join(mkdtempSync(path.join(tmpdir(), "browser-profile-test-")), ".next-browser-maps");
  afterAll(() => rmSync(path.dirname(dist), { recursive: true, force: true }));

  /**
   * A one-line browser chunk whose two functions map to `sources` (columns 0 and 10). Its map is
   * named by a hash of its own and found through the chunk's comment, as Turbopack writes them.
   */
  function chunk(name: string, sources: string[]) {
    const dir = path.join(dist, "static", "chunks");
    mkdirSync(dir, { recursive: true });
    const mapName = `map-of-${name}-x1.js.map`;
    writeFileSync(path.join(dir, name), `function a(){}function b(){}\n\n//# sourceMappingURL=${mapName}`);
    writeFileSync(
      path.join(dir, mapName),
      JSON.stringify({ version: 3, sources, names: [], mappings: "AAAA,UCAA" }),
    );
    return `${BASE}/_next/static/chunks/${name}`;
  }

  it("reads the served chunk's source map from the build directory, telling our code from React's", () => {
    const url = chunk("c1.js", [
      "turbopack:///[project]/components/compare/compare-table.tsx",
      "turbopack:///[project]/node_modules/next/dist/compiled/react-dom/cjs/react-dom-client.production.js",
    ]);
    expect(browserOriginOf(frame(url, "CompareTable", 0, 0), BASE, dist)).toBe(OUR_CODE);
    expect(browserOriginOf(frame(url, "beginWork", 0, 10), BASE, dist)).toBe("React");
    expect(browserOriginOf(frame(`${url}?v=1`, "CompareTable", 0, 0), BASE, dist)).toBe(OUR_CODE);
  });

  it("names libraries bundled for the browser by their package", () => {
    const url = chunk("c2.js", [
      "turbopack:///[project]/node_modules/@tanstack/table-core/build/lib/index.mjs",
      "turbopack:///[project]/node_modules/next/dist/client/components/router-reducer/reducer.js",
    ]);
    const icons = chunk("c4.js", [
      "turbopack:///[project]/node_modules/shared/src/build/buildLucideIconForReact.ts",
      "turbopack:///[project]/node_modules/lucide-react/src/icons/copy.ts",
    ]);
    expect(browserOriginOf(frame(icons, "createIcon", 0, 0), BASE, dist)).toBe("bundled lucide-react");
    expect(browserOriginOf(frame(icons, "Copy", 0, 10), BASE, dist)).toBe("bundled lucide-react");
    expect(browserOriginOf(frame(url, "getCoreRowModel", 0, 0), BASE, dist)).toBe(
      "bundled @tanstack/table-core",
    );
    expect(browserOriginOf(frame(url, "reducer", 0, 10), BASE, dist)).toBe("Next.js");
  });

  it("counts the page's inline scripts as Next's, and the engine's entries by name", () => {
    expect(browserOriginOf(frame(`${BASE}/catalogues/x/1`), BASE, dist)).toMatch(/^Next\.js/);
    expect(browserOriginOf(frame("", "(program)"), BASE, dist)).toBe(BROWSER_WORK);
    expect(browserOriginOf(frame("", "(garbage collector)"), BASE, dist)).toBe("GC");
    expect(browserOriginOf(frame("", "(idle)"), BASE, dist)).toBe("(idle)");
    expect(browserOriginOf(frame("", "(root)"), BASE, dist)).toBe("(idle)");
    expect(browserOriginOf(frame("", "parse"), BASE, dist)).toBe("V8 built-ins");
    expect(browserOriginOf(frame("chrome-extension://x/y.js"), BASE, dist)).toBe("other");
  });

  it("sums a profile's samples by origin, idle left out", () => {
    const url = chunk("c3.js", [
      "turbopack:///[project]/app/(app)/page.tsx",
      "turbopack:///[project]/node_modules/next/dist/compiled/react-dom/index.js",
    ]);
    const nodes = [
      { id: 1, callFrame: frame("", "(idle)") },
      { id: 2, callFrame: frame(url, "Page", 0, 0) },
      { id: 3, callFrame: frame(url, "render", 0, 10) },
    ];
    const s = summariseSamples(
      { nodes, samples: [1, 2, 3, 3, 1], timeDeltas: [1000, 2000, 3000, 3000, 5000] },
      (f) => browserOriginOf(f, BASE, dist),
    );
    expect(s.busyMs).toBe(8);
    expect(s.origins).toEqual([
      ["React", 6],
      [OUR_CODE, 2],
    ]);
  });
});
