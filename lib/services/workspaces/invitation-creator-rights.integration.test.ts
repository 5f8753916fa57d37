import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { createMember, META, sessionActor, uniqueEmail } from "../../testing/fixtures";
import { acceptInvitation, inviteMember, previewInvitation } from "./invitations";
import { newAccount, tokenOf } from "./invitations.fixture";
import { changeRole, removeMember } from "./members";

describe("invitations live only as long as their creator's rights", () => {
  it("stop working when the creating admin is removed, demoted below admin, or disabled", async () => {
    for (const change of ["removed", "demoted", "disabled"] as const) {
      const owner = await createMember({ role: "owner" });
      const admin = await createMember({ role: "admin", slug: owner.slug });
      const email = uniqueEmail("invitee");
      const inv = await inviteMember(await sessionActor(admin.userId), owner.slug, { email, role: "admin" });
      const token = tokenOf(inv.path);
      expect(await previewInvitation(token)).toMatchObject({ email });
      if (change === "removed")
        await removeMember(await sessionActor(owner.userId), owner.slug, { userId: admin.userId });
      if (change === "demoted")
        await changeRole(await sessionActor(owner.userId), owner.slug, {
          userId: admin.userId,
          role: "reviewer",
        });
      if (change === "disabled")
        await db().user.update({ where: { id: admin.userId }, data: { disabledAt: new Date() } });
      await expect(previewInvitation(token), change).rejects.toMatchObject({
        code: "gone",
        message: expect.stringMatching(/no longer valid/),
      });
      await expect(acceptInvitation(null, token, newAccount, META), change).rejects.toMatchObject({
        code: "gone",
      });
      expect(await db().user.count({ where: { email } }), change).toBe(0);
      expect(
        await db().invitation.findUniqueOrThrow({ where: { id: inv.id }, select: { acceptedAt: true } }),
      ).toEqual({ acceptedAt: null });
    }
  });

  it("stop working for a signed-in existing account too, and keep working while the creator keeps the right", async () => {
    const owner = await createMember({ role: "owner" });
    const admin = await createMember({ role: "admin", slug: owner.slug });
    const existing = await createMember();
    const kept = await inviteMember(await sessionActor(admin.userId), owner.slug, {
      email: uniqueEmail("kept"),
      role: "viewer",
    });
    const dropped = await inviteMember(await sessionActor(admin.userId), owner.slug, {
      email: existing.email,
      role: "admin",
    });
    expect(await previewInvitation(tokenOf(kept.path))).toMatchObject({ role: "viewer" });
    expect(await previewInvitation(tokenOf(dropped.path))).toMatchObject({ role: "admin", hasAccount: true });
    await changeRole(await sessionActor(owner.userId), owner.slug, { userId: admin.userId, role: "viewer" });
    await expect(
      acceptInvitation(await sessionActor(existing.userId), tokenOf(dropped.path), {}, META),
    ).rejects.toMatchObject({ code: "gone" });
    expect(
      await db().membership.count({ where: { workspaceId: owner.workspaceId, userId: existing.userId } }),
    ).toBe(0);
    await expect(acceptInvitation(null, tokenOf(kept.path), newAccount, META)).rejects.toMatchObject({
      code: "gone",
    });
  });
});
