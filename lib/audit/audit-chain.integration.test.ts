import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { createToken, revokeToken } from "../services/accounts/api-tokens";
import { listAuditEvents } from "../services/admin/audit-log";
import { authenticate, SignInError } from "../services/accounts/authentication";
import { inviteMember } from "../services/workspaces/invitations";
import { changeRole } from "../services/workspaces/members";
import { updateWorkspaceSettings } from "../services/workspaces/workspaces";
import {
  createMember,
  META,
  sessionActor,
  uniqueEmail,
  uniqueIp,
  type TestMember,
} from "../testing/fixtures";
import { sealAuditChain } from "./seal";
import { verifyAuditChain } from "./verify";

/**
 * A scripted series of changes through the services: each leaves one event that says who,
 * what, on what, from where, and (for changes) before and after. The whole chain verifies
 * while other test files append to it concurrently. Tampering is tested on a database of its
 * own (audit-tamper.integration.test.ts): it would break the chain for every other file.
 */
let owner: TestMember;
let reviewer: TestMember;
let actor: Actor;
const events = (workspaceId: string) =>
  db().auditEvent.findMany({ where: { workspaceId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  owner = await createMember({ role: "owner" });
  reviewer = await createMember({ role: "reviewer", slug: owner.slug });
  actor = await sessionActor(owner.userId);
});

describe("audit trail of a scripted session", () => {
  it("records each change with actor, action, target, address and before/after", async () => {
    const invitee = uniqueEmail("invitee");
    const invitation = await inviteMember(actor, owner.slug, { email: invitee, role: "reviewer" });
    await changeRole(actor, owner.slug, { userId: reviewer.userId, role: "viewer" });
    const token = await createToken(actor, owner.slug, { name: "ci", scopes: ["read"], expiresInDays: 30 });
    await revokeToken(actor, owner.slug, { tokenId: token.id });
    await updateWorkspaceSettings(actor, owner.slug, { name: "Audited workspace", requireMfa: false });

    await sealAuditChain(); // events are sealed into the chain shortly after they are appended
    const rows = (await events(owner.workspaceId)).filter((r) => r.action !== "cli.user_created");
    expect(rows.map((r) => r.action)).toEqual([
      "member.invited",
      "member.role_changed",
      "token.created",
      "token.revoked",
      "workspace.settings_changed",
    ]);
    for (const r of rows) {
      expect(r).toMatchObject({
        actorId: owner.userId,
        actorEmail: owner.email,
        ip: META.ip,
        userAgent: META.userAgent,
      });
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    const [invited, roleChanged, created, revoked, settings] = rows;
    expect(invited).toMatchObject({
      targetType: "invitation",
      targetId: invitation.id,
      before: null,
      after: { email: invitee, role: "reviewer" },
    });
    expect(roleChanged).toMatchObject({
      targetType: "user",
      targetId: reviewer.userId,
      before: { role: "reviewer" },
      after: { role: "viewer" },
    });
    expect(created).toMatchObject({
      targetType: "api_token",
      targetId: token.id,
      after: { name: "ci", scopes: ["read"], expiresAt: token.expiresAt.toISOString() },
    });
    expect(revoked).toMatchObject({ targetType: "api_token", targetId: token.id });
    expect(settings).toMatchObject({
      targetType: "workspace",
      targetId: owner.workspaceId,
      before: { name: owner.slug, requireMfa: false },
      after: { name: "Audited workspace", requireMfa: false },
    });
    // Each row links to the one before it in the global chain.
    for (let i = 1; i < rows.length; i++) expect(rows[i].id > rows[i - 1].id).toBe(true);
  });

  it("records a failed sign-in with the email tried, the address and the reason, and no secret", async () => {
    const ip = uniqueIp();
    await expect(
      authenticate({ email: reviewer.email, password: "wrong-Password-123456" }, { ip, userAgent: "vitest" }),
    ).rejects.toBeInstanceOf(SignInError);
    const row = await db().auditEvent.findFirstOrThrow({
      where: { action: "auth.sign_in_failed", actorEmail: reviewer.email },
      orderBy: { id: "desc" },
    });
    expect(row).toMatchObject({
      actorId: null,
      workspaceId: null,
      ip,
      userAgent: "vitest",
      after: { reason: "wrong password", failures: 1 },
    });
    expect(JSON.stringify({ ...row, id: String(row.id) })).not.toContain("wrong-Password-123456");
    // A workspace admin sees sign-in events of its members (they belong to no workspace).
    const seen = await listAuditEvents(actor, owner.slug, { action: "auth.sign_in_failed" });
    expect(seen.events.map((e) => e.id)).toContain(String(row.id));
  });

  it("keeps another workspace's events out of the admin's view", async () => {
    const stranger = await createMember({ role: "owner" });
    const strangerActor = await sessionActor(stranger.userId);
    await updateWorkspaceSettings(strangerActor, stranger.slug, { name: "Secret plans" });
    const seen = await listAuditEvents(actor, owner.slug, { limit: 500 });
    expect(seen.events.length).toBeGreaterThan(0);
    expect(seen.events.every((e) => e.actorEmail !== stranger.email)).toBe(true);
  });

  it("stays one unbroken chain under concurrent writers", async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        createToken(actor, owner.slug, { name: `parallel-${i}`, scopes: ["read"], expiresInDays: 1 }),
      ),
    );
    const mine = await db().auditEvent.count({ where: { workspaceId: owner.workspaceId } });
    const status = await verifyAuditChain();
    expect(status).toMatchObject({ ok: true });
    expect(status.events).toBeGreaterThanOrEqual(mine + 1);
  });

  it("refuses to edit an event, in the database itself", async () => {
    const row = await db().auditEvent.findFirstOrThrow({
      where: { workspaceId: owner.workspaceId },
      orderBy: { id: "asc" },
    });
    // A no-op update: even if the trigger were missing, the chain would stay intact.
    await expect(
      db().$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = "action" WHERE "id" = $1`, row.id),
    ).rejects.toThrow(/append-only/);
    await expect(
      db().auditEvent.update({ where: { id: row.id }, data: { action: row.action } }),
    ).rejects.toThrow(/append-only/);
  });
});
