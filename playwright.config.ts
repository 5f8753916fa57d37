import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
// Debian's Chromium when present (these machines cannot download Playwright's browsers);
// elsewhere Playwright's own browser, installed the usual way.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  // Per test. Most flows take 10–30 s on a shared 2-core machine (axe-core runs on many pages);
  // 30 s left no margin for a slower day.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: existsSync(chromium)
      ? {
          executablePath: chromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        }
      : {},
  },
  projects: [
    // First run: the owner is created with the printed setup link; its session and API token
    // are saved for the other specs (e2e/.auth/).
    {
      name: "setup",
      testMatch: /first-run\.setup\.ts/,
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["setup"] },
    {
      name: "mobile",
      use: { ...devices["Pixel 7"], channel: undefined },
      grep: /@mobile/,
      dependencies: ["setup"],
    },
  ],
  webServer: {
    command: "tsx --conditions=react-server scripts/testing/e2e-server.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    env: { PORT: String(PORT) },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
