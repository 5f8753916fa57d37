import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ThrowawayDatabase } from "../../scripts/throwaway-db";
import { shippedDigests } from "../services/catalogues/seed-files";
import { dropOwnDatabase, useOwnDatabase } from "../testing/own-database";
import { startState } from "./start-state";

/** On a database of its own: it starts with no catalogue and no account. */
let own: ThrowawayDatabase;
beforeAll(async () => {
  own = await useOwnDatabase("scorecard_start_state");
});
afterAll(() => dropOwnDatabase(own));

async function sql(text: string, values: unknown[] = []) {
  const c = new Client({ connectionString: own.url });
  await c.connect();
  try {
    return await c.query(text, values);
  } finally {
    await c.end();
  }
}

describe("what npm start checks before it loads the seeding code and Prisma", () => {
  it("seeds until every shipped file is stored as it is now, and issues a setup link until someone has an account", async () => {
    const shipped = await shippedDigests();
    expect(shipped.catalogues.length).toBeGreaterThanOrEqual(4);
    expect(shipped.mappings.length).toBeGreaterThanOrEqual(3);
    expect(await startState(own.url, shipped)).toEqual({ seeded: false, hasUsers: false });

    const { seedCatalogues } = await import("../services/catalogues/catalogue-seed");
    await seedCatalogues();
    expect(await startState(own.url, shipped)).toEqual({ seeded: true, hasUsers: false });

    // A shipped file edited since (its digest is not stored): seed again.
    const edited = { ...shipped, mappings: [...shipped.mappings.slice(1), "0".repeat(64)] };
    expect((await startState(own.url, edited)).seeded).toBe(false);
    // Likewise a catalogue file (a published catalogue's rows cannot change; a new version is added).
    const newCatalogue = { ...shipped, catalogues: [...shipped.catalogues, "f".repeat(64)] };
    expect((await startState(own.url, newCatalogue)).seeded).toBe(false);

    await sql(
      `INSERT INTO "User" (id, email, name, "passwordHash") VALUES (gen_random_uuid(), 'a@example.test', 'A', 'x')`,
    );
    expect(await startState(own.url, shipped)).toEqual({ seeded: true, hasUsers: true });
  });
});
