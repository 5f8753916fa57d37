import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { addMembership, createMember, META, PASSWORD, sessionActor, uniqueIp } from "../../testing/fixtures";
import { authenticate } from "../accounts/authentication";
import { issuePasswordReset, massCredentialReset, setUserDisabled } from "./security-admin";

/**
 * Accounts are global, admin rights are per workspace: an admin of A must not be able to take
 * over or lock out someone who also belongs to a workspace B the admin does not run.
 */
describe("account-wide admin actions stay within the admin's reach", () => {
  it("refuses reset links and disabling for a member who also owns another workspace", async () => {
    const admin = await createMember({ role: "owner" });
    const victim = await createMember({ role: "owner" }); // owner of their own workspace B
    await addMembership(admin.workspaceId, victim.userId, "viewer");
    const actor = await sessionActor(admin.userId);

    await expect(issuePasswordReset(actor, admin.slug, { userId: victim.userId })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      setUserDisabled(actor, admin.slug, { userId: victim.userId, disabled: true }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await db().passwordResetToken.count({ where: { userId: victim.userId } })).toBe(0);
    expect((await db().user.findUniqueOrThrow({ where: { id: victim.userId } })).disabledAt).toBeNull();

    const results = await massCredentialReset(actor, admin.slug, { confirm: admin.slug });
    expect(results).toEqual([
      { email: victim.email, skipped: expect.stringMatching(/other workspaces|do not administer/) },
    ]);
    await expect(
      authenticate({ email: victim.email, password: PASSWORD }, { ...META, ip: uniqueIp() }),
    ).resolves.toMatchObject({ userId: victim.userId });
  });

  it("allows them when the admin also administers the member's other workspaces", async () => {
    const admin = await createMember({ role: "owner" });
    const second = await createMember({ role: "owner", email: admin.email }); // admin owns a second workspace
    const member = await createMember({ role: "reviewer", slug: admin.slug });
    await addMembership(second.workspaceId, member.userId, "viewer");
    const actor = await sessionActor(admin.userId);
    await expect(issuePasswordReset(actor, admin.slug, { userId: member.userId })).resolves.toMatchObject({
      email: member.email,
      path: expect.stringMatching(/^\/reset-password\//),
    });
  });
});
