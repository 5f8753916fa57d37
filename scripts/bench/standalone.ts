/**
 * What every bench module's standalone entry shares: it runs only when its file is executed
 * (`npx tsx scripts/bench/<name>.ts`), not when `npm run bench` imports the module, and it
 * leaves no throwaway database behind.
 */

/** Runs `main` when `mod` is the file node was started with; a failure exits 1. */
export function runIfMain(mod: NodeModule, main: () => Promise<unknown>) {
  if (require.main !== mod) return;
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

/** Closes this process's database clients, then drops the bench's throwaway database. */
export async function dropBenchDatabase(db: { drop(): Promise<void> }) {
  const { disconnectDb } = await import("../../lib/db");
  await disconnectDb();
  await db.drop();
}
