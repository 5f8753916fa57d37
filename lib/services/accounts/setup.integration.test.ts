import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Client } from "pg";
import type { ThrowawayDatabase } from "../../../scripts/throwaway-db";
import type { AppError } from "../../errors/app-error";
import { dropOwnDatabase, useOwnDatabase } from "../../testing/own-database";

/**
 * First-run setup needs an empty users table, which the shared test database never has for
 * long: this file runs on a database of its own (each vitest file has its own fork, and
 * lib/db reads DATABASE_URL lazily on first use).
 */
let own: ThrowawayDatabase;
const meta = { ip: "203.0.113.9", userAgent: "vitest" };
const input = (token: string) => ({
  token,
  email: "First.Owner@Example.test",
  name: "First Owner",
  password: "setup-Harbour-lamp-35",
  workspaceName: "Acme IoT Lab",
});

// Counts argon2 work: a setup request without a valid token must not cost a password hash.
vi.mock("../../auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../auth/password")>();
  return { ...original, hashPassword: vi.fn(original.hashPassword) };
});
const hashCalls = async () => vi.mocked((await import("../../auth/password")).hashPassword).mock.calls.length;

const lib = async () => ({
  ...(await import("../../db")),
  ...(await import("./setup")),
  ...(await import("./setup-page")),
  ...(await import("./authentication")),
});

beforeAll(async () => {
  own = await useOwnDatabase("scorecard_setup");
  const c = new Client({ connectionString: own.url });
  await c.connect();
  await c.query(`CREATE TABLE "_setup_marker" (x int)`);
  await c.end();
  const { db } = await lib();
  expect(await db().$queryRawUnsafe(`SELECT to_regclass('"_setup_marker"')::text AS t`)).toEqual([
    { t: "_setup_marker" },
  ]);
});

afterAll(() => dropOwnDatabase(own));

describe("first-run setup", () => {
  it("checks the token before hashing the password", async () => {
    const { db, issueSetupTokenIfNeeded, completeSetup } = await lib();
    const voided = await issueSetupTokenIfNeeded();
    await issueSetupTokenIfNeeded(); // voids the first
    const before = await hashCalls();
    await expect(completeSetup(input("q".repeat(43)), meta)).rejects.toMatchObject({ code: "forbidden" });
    await expect(completeSetup(input(voided!), meta)).rejects.toMatchObject({ code: "forbidden" });
    expect(await hashCalls()).toBe(before);
    expect(await db().user.count()).toBe(0);
  });

  it("creates the first owner and workspace with a one-time token, once", async () => {
    const { db, issueSetupTokenIfNeeded, isSetUp, setupPage, completeSetup, authenticate } = await lib();
    expect(await isSetUp()).toBe(false);
    expect(await setupPage("from-the-log")).toEqual({ done: false, token: "from-the-log" });
    const first = await issueSetupTokenIfNeeded();
    const token = await issueSetupTokenIfNeeded(); // a restart prints a new one and voids the old
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(token).not.toBe(first);

    await expect(completeSetup(input("w".repeat(43)), meta)).rejects.toMatchObject({ code: "forbidden" });
    await expect(completeSetup(input(first!), meta)).rejects.toMatchObject({ code: "forbidden" });
    expect(await db().user.count()).toBe(0);

    const hashedBefore = await hashCalls();
    const done = await completeSetup(input(token!), meta);
    expect(await hashCalls()).toBe(hashedBefore + 1); // the spy sees the hash a valid token costs
    expect(done.workspaceSlug).toBe("acme-iot-lab");
    const user = await db().user.findUniqueOrThrow({
      where: { email: "first.owner@example.test" },
      select: {
        id: true,
        name: true,
        createdVia: true,
        memberships: { select: { role: true, workspace: { select: { slug: true, name: true } } } },
      },
    });
    expect(user).toEqual({
      id: done.userId,
      name: "First Owner",
      createdVia: "setup",
      memberships: [{ role: "owner", workspace: { slug: "acme-iot-lab", name: "Acme IoT Lab" } }],
    });
    await expect(
      authenticate({ email: "first.owner@example.test", password: "setup-Harbour-lamp-35" }, meta),
    ).resolves.toMatchObject({ userId: done.userId });
    expect(
      await db().auditEvent.findFirst({
        where: { action: "setup.completed" },
        select: { actorEmail: true, ip: true, targetId: true },
      }),
    ).toEqual({ actorEmail: "first.owner@example.test", ip: meta.ip, targetId: done.userId });

    await expect(
      completeSetup({ ...input(token!), email: "second@example.test" }, meta),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await db().user.count()).toBe(1);
    expect(await issueSetupTokenIfNeeded()).toBeNull();
    expect(await isSetUp()).toBe(true);
    expect(await setupPage(token!)).toEqual({ done: true });
  });

  it("names the bad field and changes nothing", async () => {
    const { db, completeSetup } = await lib();
    const before = await db().user.count();
    const e = await completeSetup({ ...input("y".repeat(43)), email: "nope", password: "Zq7" }, meta).catch(
      (err: unknown) => err,
    );
    expect(e).toMatchObject({ code: "validation_failed" });
    expect([...new Set((e as AppError).issues.map((i) => i.field))]).toEqual(["email", "password"]);
    expect(await db().user.count()).toBe(before);
  });

  it("audits refused setup attempts", async () => {
    const { db, completeSetup } = await lib();
    const before = await db().auditEvent.count({ where: { action: "setup.refused" } });
    await expect(completeSetup(input("z".repeat(43)), meta)).rejects.toMatchObject({ code: "forbidden" });
    expect(await db().auditEvent.count({ where: { action: "setup.refused" } })).toBe(before + 1);
  });
});
