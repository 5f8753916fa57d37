import { Client } from "pg";

/**
 * What `npm start` needs to know before it loads the seeding code and Prisma (about 1 s on a
 * restart): whether every shipped catalogue and mapping set file is stored as it is now (by
 * digest, as built-in data), and whether any account exists yet. One plain `pg` statement.
 */
export async function startState(
  databaseUrl: string,
  shipped: { catalogues: string[]; mappings: string[] },
): Promise<{ seeded: boolean; hasUsers: boolean }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ catalogues: number; mappings: number; users: boolean }>(
      `SELECT
         (SELECT count(DISTINCT "sourceDigest")::int FROM "Catalogue"
           WHERE "workspaceId" IS NULL AND "sourceDigest" = ANY($1::text[])) AS catalogues,
         (SELECT count(DISTINCT "sourceDigest")::int FROM "MappingSet"
           WHERE "workspaceId" IS NULL AND "sourceDigest" = ANY($2::text[])) AS mappings,
         EXISTS (SELECT 1 FROM "User") AS users`,
      [shipped.catalogues, shipped.mappings],
    );
    const r = rows[0];
    return {
      seeded:
        r.catalogues === new Set(shipped.catalogues).size && r.mappings === new Set(shipped.mappings).size,
      hasUsers: r.users,
    };
  } finally {
    await client.end();
  }
}
