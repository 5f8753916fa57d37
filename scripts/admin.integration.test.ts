import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueEmail, uniqueSlug } from "../lib/testing/fixtures";
import { dropOwnDatabase, useOwnDatabase } from "../lib/testing/own-database";
import type { ThrowawayDatabase } from "./throwaway-db";

/**
 * The admin CLI as an operator runs it: a real process. On a database of its own, because
 * `revoke-sessions --all` would sign out the other test files' users.
 */
let own: ThrowawayDatabase;
let db: typeof import("../lib/db").db;
beforeAll(async () => {
  own = await useOwnDatabase("scorecard_cli");
  ({ db } = await import("../lib/db"));
});
afterAll(() => dropOwnDatabase(own));

// Asynchronous on purpose: an embedded test database is served by this very process.
function admin(args: string[], input = ""): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/admin.ts", ...args], { env: { ...process.env } });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => resolve({ code, out: out.trim(), err: err.trim() }));
    child.stdin.end(input);
  });
}

describe("npm run admin", () => {
  it("creates a user with the password from stdin, a token, unlocks, disables, revokes, verifies the audit chain", async () => {
    const email = uniqueEmail("cli");
    const workspace = uniqueSlug("cli");
    const created = await admin(["create-user", "--email", email, "--workspace", workspace, "--role", "owner"], "Cli-lantern-harbour-77\n");
    expect(created, created.err).toMatchObject({ code: 0 });
    expect(created.out).toContain(`created ${email} as owner of ${workspace}`);
    const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true, passwordHash: true } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);

    const token = await admin(["create-token", "--email", email, "--workspace", workspace, "--scopes", "read,write", "--expires-in", "7d"]);
    expect(token.code, token.err).toBe(0);
    const secret = token.out.split("\n").pop()!;
    expect(secret).toMatch(/^sct_[A-Za-z0-9_-]{43}$/);
    expect(await db().apiToken.count({ where: { user: { email }, scopes: { equals: ["read", "write"] } } })).toBe(1);

    expect((await admin(["unlock", "--email", email])).code).toBe(0);
    await db().session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
    expect((await admin(["disable-user", "--email", email])).code).toBe(0);
    const u = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { disabledAt: true, sessions: { where: { revokedAt: null } } } });
    expect(u.disabledAt).toBeInstanceOf(Date);
    expect(u.sessions).toEqual([]);
    expect((await admin(["revoke-sessions", "--all"])).out).toMatch(/^revoked \d+ sessions$/);

    const verify = await admin(["verify-audit"]);
    expect(verify.code, verify.err).toBe(0);
    expect(verify.out).toMatch(/^audit chain intact: \d+ events$/);
    expect(await db().auditEvent.count({ where: { action: { in: ["cli.user_created", "token.created", "auth.user_disabled"] }, targetId: { in: [user.id] } } })).toBeGreaterThanOrEqual(2);
  });

  it("refuses bad input with a message and a non-zero exit, creating nothing", async () => {
    const email = uniqueEmail("cli");
    const weak = await admin(["create-user", "--email", email, "--workspace", uniqueSlug(), "--role", "owner"], "password1234\n");
    expect(weak.code).toBe(2);
    expect(weak.err).toMatch(/password: .*common or breached/);
    expect((await admin(["create-user", "--email", "not-an-email", "--workspace", "x", "--role", "owner"], "Cli-lantern-harbour-77")).err).toMatch(/email/);
    expect((await admin(["frobnicate"])).err).toMatch(/unknown command/);
    expect(await db().user.count({ where: { email } })).toBe(0);
  });
});
