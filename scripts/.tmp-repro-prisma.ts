import { startEmbeddedPostgres } from "../lib/postgres/embedded";
import { migrate } from "../lib/postgres/migrate";

async function main() {
  const pg = await startEmbeddedPostgres();
  await migrate(pg.url);
  process.env.DATABASE_URL = pg.url;
  const { db, disconnectDb } = await import("../lib/db");
  const u = await db().user.create({ data: { email: "a@example.test", name: "a", passwordHash: "x" } });
  await db().workspace.create({ data: { slug: "w", name: "w", memberships: { create: { userId: u.id, role: "owner" } } } });
  let nulls = 0, errs = 0, n = 0;
  const msgs = new Set<string>();
  const one = async () => {
    const m = await db().membership.findFirst({ where: { userId: u.id, workspace: { slug: "w" } }, select: { role: true, workspace: { select: { id: true, slug: true, name: true, requireMfa: true } } } });
    n++;
    if (!m || !m.workspace) nulls++;
  };
  const txOnly = process.env.MODE === "noTx";
  const tx = () => txOnly ? db().apiToken.count() : db().$transaction(async (t) => { await t.$executeRaw`SELECT pg_advisory_xact_lock(1)`; await t.auditEvent.findFirst({ orderBy: { id: "desc" } }); await t.apiToken.count(); });
  for (let round = 0; round < 20; round++) {
    await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? one() : one().then(tx))).map((p) => p.catch((e) => { errs++; msgs.add(String(e.message).split("\n").slice(-2).join(" ").slice(0, 200)); })));
  }
  console.log(process.env.MODE, process.env.DATABASE_POOL_SIZE, { n, nulls, errs }, [...msgs]);
  await disconnectDb();
  await pg.stop();
}
main();
