/** `prisma generate` without network: the env vars stop Prisma 7 from fetching engines. */
import { execFileSync } from "node:child_process";
import path from "node:path";

export function prismaGenerate() {
  execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "generate"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1", PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false" },
  });
}

if (process.argv[1]?.endsWith("prisma-generate.ts")) prismaGenerate();
