import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // Services guard against client bundles with `server-only`; tests run on the server.
      "server-only": path.resolve(__dirname, "scripts/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["scripts/testing/vitest-global-setup.ts"],
    pool: "forks",
    env: { AUDIT_STDOUT: "0", NEXTAUTH_SECRET: "vitest-only-secret-not-used-anywhere-else" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
