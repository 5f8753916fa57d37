import { mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Boots PGlite (Postgres compiled to WASM) behind a local Postgres wire-protocol socket, so
 * the app talks to it exactly as it talks to a Postgres server: one code path, adapter-pg.
 * `dataDir` undefined keeps the database in memory (throwaway test databases).
 */
export async function startEmbeddedPostgres(dataDir?: string, fixedPort?: number): Promise<EmbeddedPostgres> {
  if (dataDir) await mkdir(dataDir, { recursive: true }); // PGlite does not create parents
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  const port = fixedPort ?? (await freePort());
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 32 });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
