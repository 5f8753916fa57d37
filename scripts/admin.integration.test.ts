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
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--conditions=react-server", "scripts/admin.ts", ...args],
      { env: { ...process.env } },
    );
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
    const created = await admin(
      ["create-user", "--email", email, "--workspace", workspace, "--role", "owner"],
      "Cli-lantern-harbour-77\n",
    );
    expect(created, created.err).toMatchObject({ code: 0 });
    expect(created.out).toContain(`created ${email} as owner of ${workspace}`);
    const user = await db().user.findUniqueOrThrow({
      where: { email },
      select: { id: true, passwordHash: true },
    });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);

    const token = await admin([
      "create-token",
      "--email",
      email,
      "--workspace",
      workspace,
      "--scopes",
      "read,write",
      "--expires-in",
      "7d",
    ]);
    expect(token.code, token.err).toBe(0);
    const secret = token.out.split("\n").pop()!;
    expect(secret).toMatch(/^sct_[A-Za-z0-9_-]{43}$/);
    expect(
      await db().apiToken.count({ where: { user: { email }, scopes: { equals: ["read", "write"] } } }),
    ).toBe(1);

    expect((await admin(["unlock", "--email", email])).code).toBe(0);
    await db().session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
    expect((await admin(["disable-user", "--email", email])).code).toBe(0);
    const u = await db().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { disabledAt: true, sessions: { where: { revokedAt: null } } },
    });
    expect(u.disabledAt).toBeInstanceOf(Date);
    expect(u.sessions).toEqual([]);
    expect((await admin(["revoke-sessions", "--all"])).out).toMatch(/^revoked \d+ sessions$/);

    const verify = await admin(["verify-audit"]);
    expect(verify.code, verify.err).toBe(0);
    expect(verify.out).toMatch(/^audit chain intact: \d+ events$/);
    expect(
      await db().auditEvent.count({
        where: {
          action: { in: ["cli.user_created", "token.created", "auth.user_disabled"] },
          targetId: { in: [user.id] },
        },
      }),
    ).toBeGreaterThanOrEqual(2);
  });

  it("refuses bad input with a message and a non-zero exit, creating nothing", async () => {
    const email = uniqueEmail("cli");
    const weak = await admin(
      ["create-user", "--email", email, "--workspace", uniqueSlug(), "--role", "owner"],
      "password1234\n",
    );
    expect(weak.code).toBe(2);
    expect(weak.err).toMatch(/password: .*common or breached/);
    expect(
      (
        await admin(
          ["create-user", "--email", "not-an-email", "--workspace", "x", "--role", "owner"],
          "Cli-lantern-harbour-77",
        )
      ).err,
    ).toMatch(/email/);
    expect((await admin(["frobnicate"])).err).toMatch(/unknown command/);
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("refuses create-user for an existing email (pre-claim), changing nothing; add-member is explicit and says where the account came from", async () => {
    // Someone in workspace B accepted an invitation for newhire@ themselves, setting a password.
    const email = uniqueEmail("newhire");
    const b = await admin(
      ["create-user", "--email", uniqueEmail("b-admin"), "--workspace", uniqueSlug("b"), "--role", "owner"],
      "Cli-lantern-harbour-77",
    );
    expect(b.code, b.err).toBe(0);
    const bAdmin = await db().user.findFirstOrThrow({
      where: { createdVia: "admin-cli" },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true },
    });
    const claimed = await db().user.create({
      data: {
        email,
        name: "Pre-claimer",
        passwordHash: "$argon2id$preclaimer",
        createdVia: "invitation",
        createdById: bAdmin.id,
      },
      select: { id: true, passwordHash: true, createdAt: true },
    });
    const a = uniqueSlug("a");
    expect(
      (
        await admin(
          ["create-user", "--email", uniqueEmail("a-owner"), "--workspace", a, "--role", "owner"],
          "Cli-lantern-harbour-77",
        )
      ).code,
    ).toBe(0);
    const aId = (await db().workspace.findUniqueOrThrow({ where: { slug: a }, select: { id: true } })).id;
    const audits = await db().auditEvent.count();

    const refused = await admin(
      ["create-user", "--email", email.toUpperCase(), "--workspace", a, "--role", "admin"],
      "Another-strong-passphrase-91",
    );
    expect(refused.code).toBe(2);
    expect(refused.out).toBe("");
    expect(refused.err).toMatch(/already has an account; nothing was changed.*add-member/);
    expect(await db().membership.count({ where: { workspaceId: aId, userId: claimed.id } })).toBe(0);
    expect(
      await db().user.findUniqueOrThrow({ where: { id: claimed.id }, select: { passwordHash: true } }),
    ).toEqual({ passwordHash: claimed.passwordHash });
    expect(await db().auditEvent.count()).toBe(audits);

    const added = await admin(["add-member", "--email", email, "--workspace", a, "--role", "reviewer"]);
    expect(added.code, added.err).toBe(0);
    expect(added.out).toContain(`added existing account ${email} as reviewer of ${a}`);
    expect(added.out).toContain(
      `account created via invitation by ${bAdmin.email} at ${claimed.createdAt.toISOString()}`,
    );
    expect(
      await db().membership.findFirst({
        where: { workspaceId: aId, userId: claimed.id },
        select: { role: true },
      }),
    ).toEqual({ role: "reviewer" });
    const again = await admin(["add-member", "--email", email, "--workspace", a, "--role", "admin"]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already a member .*as reviewer/);
    expect(
      (await admin(["add-member", "--email", uniqueEmail("nobody"), "--workspace", a, "--role", "viewer"]))
        .err,
    ).toMatch(/has no account; create it with create-user/);
    expect(
      await db().user.findFirst({
        where: { email: { startsWith: "a-owner" }, createdVia: "admin-cli" },
        select: { id: true },
      }),
    ).not.toBeNull();
  });
});
