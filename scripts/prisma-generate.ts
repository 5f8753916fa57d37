/** `prisma generate` without network: the env vars stop Prisma 7 from fetching engines. */
import { execFileSync } from "node:child_process";
import path from "node:path";

export function prismaGenerate() {
  try {
    execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "generate"], {
      stdio: "pipe",
      env: { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1", PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false" },
    });
  } catch (err) {
    const { stdout, stderr } = err as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${stdout ?? ""}${stderr ?? ""}`);
    throw new Error("prisma generate failed");
  }
}

if (process.argv[1]?.endsWith("prisma-generate.ts")) prismaGenerate();
