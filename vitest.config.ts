import path from "node:path";
import { defineConfig } from "vitest/config";

// PGlite's socket server cannot interleave statements of concurrent connections safely, so
// against the embedded database the files run one at a time on a single connection.
const embedded = !process.env.DATABASE_URL;

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // Services guard against client bundles with `server-only`; tests run on the server.
      "server-only": path.resolve(__dirname, "scripts/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    globalSetup: ["scripts/testing/vitest-global-setup.ts"],
    pool: "forks",
    env: {
      AUDIT_STDOUT: "0",
      NEXTAUTH_SECRET: "vitest-only-secret-not-used-anywhere-else",
      ...(embedded ? { DATABASE_POOL_SIZE: "1" } : {}),
    },
    fileParallelism: !embedded,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
