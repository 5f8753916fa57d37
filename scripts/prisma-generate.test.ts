import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateIfChanged, type GenerateTarget } from "./prisma-generate";

let dir: string;
let target: GenerateTarget;
let runs: number;
// Stands in for `prisma generate`: writes a client derived from the schema, as the real one does.
const generate = () => {
  runs++;
  mkdirSync(target.outDir, { recursive: true });
  writeFileSync(path.join(target.outDir, "client.ts"), `// from ${readFileSync(target.inputs[0], "utf8")}`);
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "prisma-gen-"));
  target = {
    inputs: [path.join(dir, "schema.prisma"), path.join(dir, "prisma.config.ts")],
    versions: ["prisma@7.10.0"],
    outDir: path.join(dir, "out"),
    stampFile: path.join(dir, "stamp"),
  };
  writeFileSync(target.inputs[0], "model A { id Int @id }");
  writeFileSync(target.inputs[1], "export default {}");
  runs = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("generateIfChanged", () => {
  it("generates the first time, then skips while nothing changed", () => {
    expect(generateIfChanged(target, generate)).toBe(true);
    expect(generateIfChanged(target, generate)).toBe(false);
    expect(runs).toBe(1);
  });

  it("regenerates after the schema, the config or the generator version changed", () => {
    generateIfChanged(target, generate);
    writeFileSync(target.inputs[0], "model A { id Int @id\n name String }");
    expect(generateIfChanged(target, generate)).toBe(true);
    writeFileSync(target.inputs[1], "export default { schema: 'x' }");
    expect(generateIfChanged(target, generate)).toBe(true);
    expect(generateIfChanged({ ...target, versions: ["prisma@7.11.0"] }, generate)).toBe(true);
    expect(runs).toBe(4);
  });

  it("regenerates a missing, emptied or altered client", () => {
    generateIfChanged(target, generate);
    writeFileSync(path.join(target.outDir, "client.ts"), "// hand-edited");
    expect(generateIfChanged(target, generate)).toBe(true);
    rmSync(path.join(target.outDir, "client.ts"));
    expect(generateIfChanged(target, generate)).toBe(true);
    rmSync(target.outDir, { recursive: true });
    expect(generateIfChanged(target, generate)).toBe(true);
    expect(runs).toBe(4);
  });

  it("leaves no stamp when generation fails, so the next start tries again", () => {
    generateIfChanged(target, generate);
    writeFileSync(target.inputs[0], "model B { id Int @id }");
    expect(() =>
      generateIfChanged(target, () => {
        throw new Error("prisma generate failed");
      }),
    ).toThrow("prisma generate failed");
    expect(generateIfChanged(target, generate)).toBe(true);
  });
});
