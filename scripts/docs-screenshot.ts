/**
 * Regenerates docs/screenshot.png for the README: the sample workspace's saved comparison,
 * rendered by the built app in Debian's Chromium. `npx tsx --conditions=react-server scripts/docs-screenshot.ts`
 * (needs a PostgreSQL server: DATABASE_URL, default local; uses a throwaway database).
 */
import { chromium } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { startApp } from "./bench/app-server";
import { buildIfNeeded } from "./build-if-needed";
import { seededDatabase } from "./seeded-database";

const SECRET = "docs-screenshot-only-secret";
const PORT = 3330;

async function main() {
  buildIfNeeded();
  const db = await seededDatabase("scorecard_docs");
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    const fx = await import("../lib/testing/fixtures");
    const owner = await fx.createMember({ role: "owner", name: "Ada Architect" });
    const actor = await fx.sessionActor(owner.userId);
    const { loadSampleWorkspace } = await import("../lib/services/workspaces/sample-workspace");
    const ws = await loadSampleWorkspace(actor);
    const { listSavedComparisons } = await import("../lib/services/comparisons/saved-comparisons");
    const [saved] = await listSavedComparisons(actor, ws.slug);
    const jwt = await encode({ token: { sub: owner.userId, sid: actor.sessionId }, secret: SECRET });
    app = await startApp(PORT, db.url, { NEXTAUTH_SECRET: SECRET });
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu"],
    });
    const context = await browser.newContext({
      viewport: { width: 1280, height: 1000 },
      deviceScaleFactor: 1,
    });
    await context.addCookies([
      { name: "next-auth.session-token", value: jwt, url: `http://127.0.0.1:${PORT}` },
    ]);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/w/${ws.slug}/compare?${saved.query}`);
    await page.getByTestId("compare-view").and(page.locator("[data-ready=true]")).waitFor();
    await page.getByRole("heading", { name: "Compare frameworks" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: "docs/screenshot.png" });
    await browser.close();
    console.log("wrote docs/screenshot.png");
  } finally {
    app?.kill("SIGTERM");
    const { disconnectDb } = await import("../lib/db");
    await disconnectDb();
    await db.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
