import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { createMember, META, PASSWORD, sessionActor, uniqueEmail, uniqueIp } from "../../testing/fixtures";
import { authenticate } from "../accounts/authentication";
import {
  acceptInvitation,
  inviteMember,
  listInvitations,
  previewInvitation,
  revokeInvitation,
} from "./invitations";
import { newAccount, ownerWithInvite, tokenOf } from "./invitations.fixture";
import { changeRole, listMembers, removeMember } from "./members";

describe("invitations", () => {
  it("make a one-time link that creates the account and the membership with the role", async () => {
    const { owner, actor, email, inv, token } = await ownerWithInvite("reviewer");
    expect(inv.path).toMatch(/^\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(inv.existingAccount).toBe(false);
    expect(inv.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    expect(
      await db().invitation.findUniqueOrThrow({ where: { id: inv.id }, select: { tokenHash: true } }),
    ).not.toEqual({ tokenHash: token });
    expect(await previewInvitation(token)).toEqual({
      email,
      role: "reviewer",
      workspace: { slug: owner.slug, name: owner.slug },
      hasAccount: false,
    });
    expect((await listInvitations(actor, owner.slug)).map((i) => i.email)).toEqual([email]);

    expect(await acceptInvitation(null, token, newAccount, META)).toEqual({
      workspaceSlug: owner.slug,
      email,
    });
    const members = await listMembers(actor, owner.slug);
    expect(members.find((m) => m.email === email)).toMatchObject({ role: "reviewer", name: "New Person" });
    await expect(
      authenticate({ email, password: newAccount.password }, { ip: uniqueIp(), userAgent: "vitest" }),
    ).resolves.toMatchObject({ sessionId: expect.any(String) });
    expect(await listInvitations(actor, owner.slug)).toEqual([]);
    expect(
      await db().auditEvent.findFirst({
        where: { action: "member.joined", targetId: inv.id },
        select: { actorEmail: true, after: true },
      }),
    ).toEqual({ actorEmail: email, after: { role: "reviewer", newAccount: true } });
    expect(
      await db().user.findUniqueOrThrow({
        where: { email },
        select: { createdVia: true, createdById: true, placeholder: true },
      }),
    ).toEqual({ createdVia: "invitation", createdById: owner.userId, placeholder: false });
  });

  it("are gone once used, and a second use creates nothing", async () => {
    const { token, email } = await ownerWithInvite();
    await acceptInvitation(null, token, newAccount, META);
    await expect(
      acceptInvitation(null, token, { ...newAccount, name: "Second" }, META),
    ).rejects.toMatchObject({ code: "gone" });
    await expect(previewInvitation(token)).rejects.toMatchObject({ code: "gone" });
    expect(await db().user.findUniqueOrThrow({ where: { email }, select: { name: true } })).toEqual({
      name: "New Person",
    });
  });

  it("are gone once expired or revoked", async () => {
    const expired = await ownerWithInvite();
    await db().invitation.update({
      where: { id: expired.inv.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(previewInvitation(expired.token)).rejects.toMatchObject({ code: "gone" });
    await expect(acceptInvitation(null, expired.token, newAccount, META)).rejects.toMatchObject({
      code: "gone",
    });
    expect(await db().user.count({ where: { email: expired.email } })).toBe(0);

    const revoked = await ownerWithInvite();
    await revokeInvitation(revoked.actor, revoked.owner.slug, { invitationId: revoked.inv.id });
    await expect(acceptInvitation(null, revoked.token, newAccount, META)).rejects.toMatchObject({
      code: "gone",
    });
    await expect(previewInvitation("x".repeat(43))).rejects.toMatchObject({ code: "gone" });
  });

  it("stay usable after a refused acceptance (wrong account signed in)", async () => {
    const { token, owner, email } = await ownerWithInvite();
    const someoneElse = await createMember();
    await expect(
      acceptInvitation(await sessionActor(someoneElse.userId), token, {}, META),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await previewInvitation(token)).toMatchObject({ email });
    expect(
      await db().membership.count({ where: { workspaceId: owner.workspaceId, userId: someoneElse.userId } }),
    ).toBe(0);
  });

  it("let an existing account join only when signed in as it", async () => {
    const owner = await createMember({ role: "owner" });
    const existing = await createMember();
    const inv = await inviteMember(await sessionActor(owner.userId), owner.slug, {
      email: existing.email.toUpperCase(),
      role: "viewer",
    });
    expect(inv.existingAccount).toBe(true); // the inviting admin is told; the invitee page says nothing more than before
    expect(await previewInvitation(tokenOf(inv.path))).toMatchObject({
      email: existing.email,
      hasAccount: true,
    });
    await expect(acceptInvitation(null, tokenOf(inv.path), newAccount, META)).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      authenticate({ email: existing.email, password: PASSWORD }, { ip: uniqueIp(), userAgent: "vitest" }),
    ).resolves.toBeTruthy();
    await acceptInvitation(await sessionActor(existing.userId), tokenOf(inv.path), {}, META);
    expect(
      await db().membership.findFirst({
        where: { workspaceId: owner.workspaceId, userId: existing.userId },
        select: { role: true },
      }),
    ).toEqual({ role: "viewer" });
  });

  it("cannot make owners, and admins cannot grant ownership", async () => {
    const owner = await createMember({ role: "owner" });
    const admin = await createMember({ role: "admin", slug: owner.slug });
    const adminActor = await sessionActor(admin.userId);
    const before = await db().invitation.count({ where: { workspaceId: owner.workspaceId } });
    await expect(
      inviteMember(adminActor, owner.slug, { email: uniqueEmail(), role: "owner" }),
    ).rejects.toMatchObject({ code: "validation_failed", issues: [{ field: "role" }] });
    await expect(
      inviteMember(await sessionActor(owner.userId), owner.slug, { email: uniqueEmail(), role: "owner" }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    expect(await db().invitation.count({ where: { workspaceId: owner.workspaceId } })).toBe(before);

    const reviewer = await createMember({ role: "reviewer", slug: owner.slug });
    await expect(
      changeRole(adminActor, owner.slug, { userId: reviewer.userId, role: "owner" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      changeRole(adminActor, owner.slug, { userId: owner.userId, role: "viewer" }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(removeMember(adminActor, owner.slug, { userId: owner.userId })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect((await listMembers(adminActor, owner.slug)).find((m) => m.id === owner.userId)).toMatchObject({
      role: "owner",
    });
  });

  it("refuse inviting someone who is already a member", async () => {
    const owner = await createMember({ role: "owner" });
    const member = await createMember({ role: "viewer", slug: owner.slug });
    await expect(
      inviteMember(await sessionActor(owner.userId), owner.slug, { email: member.email, role: "admin" }),
    ).rejects.toMatchObject({ code: "conflict", issues: [{ field: "email" }] });
  });
});
