import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { createMember, sessionActor } from "../../testing/fixtures";
import { listMembers, removeMember, transferOwnership } from "./members";

describe("ownership", () => {
  it("the last owner cannot leave; after a transfer the former owner can", async () => {
    const owner = await createMember({ role: "owner" });
    const heir = await createMember({ role: "viewer", slug: owner.slug });
    const actor = await sessionActor(owner.userId);
    await expect(removeMember(actor, owner.slug, { userId: owner.userId })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(transferOwnership(actor, owner.slug, { userId: owner.userId })).rejects.toMatchObject({
      code: "validation_failed",
      issues: [{ field: "userId" }],
    });

    await transferOwnership(actor, owner.slug, { userId: heir.userId });
    const roles = async () =>
      Object.fromEntries(
        (
          await db().membership.findMany({
            where: { workspaceId: owner.workspaceId },
            select: { userId: true, role: true },
          })
        ).map((m) => [m.userId, m.role]),
      );
    expect(await roles()).toEqual({ [owner.userId]: "admin", [heir.userId]: "owner" });

    await removeMember(actor, owner.slug, { userId: owner.userId });
    expect(await roles()).toEqual({ [heir.userId]: "owner" });
    await expect(listMembers(actor, owner.slug)).rejects.toMatchObject({ code: "not_found" });
    const heirActor = await sessionActor(heir.userId);
    await expect(removeMember(heirActor, owner.slug, { userId: heir.userId })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(
      await db().auditEvent.findFirst({
        where: { workspaceId: owner.workspaceId, action: "member.left" },
        select: { actorId: true, targetId: true },
      }),
    ).toEqual({ actorId: owner.userId, targetId: owner.userId });
  });

  it("an owner can remove a co-owner while another owner remains", async () => {
    const owner = await createMember({ role: "owner" });
    const coOwner = await createMember({ role: "owner", slug: owner.slug });
    await removeMember(await sessionActor(owner.userId), owner.slug, { userId: coOwner.userId });
    expect(await db().membership.count({ where: { workspaceId: owner.workspaceId } })).toBe(1);
  });
});
