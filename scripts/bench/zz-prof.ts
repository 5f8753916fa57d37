import { seededDatabase } from "../seeded-database";
import { startApp } from "./app-server";
import { compareFixture } from "./compare";
import { storeLargeDataset } from "./large-store";
import { scoringFixture } from "./scoring-fixture";
async function main() {
  const db = await seededDatabase("scorecard_prof");
  process.env.NEXTAUTH_SECRET = "bench-only-secret";
  const base = "http://127.0.0.1:3291";
  const fixture = await scoringFixture(base, "bench-only-secret");
  const ids = await compareFixture("bench");
  const large = process.env.LARGE ? await storeLargeDataset(db.url, "bench") : null;
  const app = await startApp(3291, db.url, { DATABASE_POOL_SIZE: "20" });
  try {
    for (const [label, list] of [["owasp", ids], ...(large ? [["large", large.compareIds]] : [])] as Array<[string, string[]]>) {
      const url = `${base}/w/bench/compare?e=${list.join(",")}`;
      const times: number[] = [];
      let size = 0;
      for (let i = 0; i < (label === "large" ? 12 : 60); i++) {
        const t = performance.now();
        const res = await fetch(url, { headers: { cookie: fixture.cookie } });
        size = (await res.text()).length;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(label, "median", times[Math.floor(times.length / 2)].toFixed(1), "ms", "bytes", size);
    }
  } finally {
    app.kill("SIGINT");
    await new Promise((r) => setTimeout(r, 3000));
    const { disconnectDb } = await import("../../lib/db");
    await disconnectDb();
    await db.drop();
  }
}
main();
