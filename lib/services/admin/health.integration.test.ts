import { createServer } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../postgres/embedded";

/**
 * The database goes away and comes back on the same address: health turns 503-worthy
 * ("down") quickly, then "ok" again through the same pool, with no restart of the app.
 */
async function freePort() {
  return new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

let pg: EmbeddedPostgres | undefined;
afterAll(async () => {
  await pg?.stop();
});

describe("health", () => {
  it("reports the database down fast and recovers by itself", async () => {
    const port = await freePort();
    pg = await startEmbeddedPostgres(undefined, port);
    process.env.DATABASE_URL = pg.url; // this file's own database; lib/db reads it lazily
    const { checkHealth } = await import("./health");

    expect(await checkHealth()).toMatchObject({ status: "ok", database: "ok", version: expect.any(String) });

    await pg.stop();
    pg = undefined;
    const started = Date.now();
    expect(await checkHealth()).toMatchObject({ database: "down" });
    expect(Date.now() - started).toBeLessThan(4_000);

    pg = await startEmbeddedPostgres(undefined, port);
    await expect
      .poll(async () => (await checkHealth()).database, { timeout: 10_000, interval: 200 })
      .toBe("ok");
  });
});
