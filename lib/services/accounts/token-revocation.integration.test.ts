import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { addMembership, createMember, sessionActor } from "../../testing/fixtures";
import { resetPassword } from "./account";
import { createToken, listAllMyTokens, revokeAllMyTokens } from "./api-tokens";
import { issuePasswordReset, massCredentialReset } from "../admin/security-admin";

const mint = async (userId: string, slug: string, name = "ci") =>
  (await createToken(await sessionActor(userId), slug, { name, scopes: ["read"], expiresInDays: 7 })).id;
const revoked = async (id: string) =>
  (await db().apiToken.findUniqueOrThrow({ where: { id }, select: { revokedAt: true } })).revokedAt !== null;

/** Member `m` of the admin's workspace A and of a second workspace B the admin also owns. */
async function memberInTwoWorkspaces() {
  const admin = await createMember({ role: "owner" });
  const second = await createMember({ role: "owner", email: admin.email });
  const m = await createMember({ role: "reviewer", slug: admin.slug });
  await addMembership(second.workspaceId, m.userId, "reviewer");
  return { admin, second, m };
}

describe("password resets revoke the user's API tokens", () => {
  it("an admin reset revokes them when the link is issued, in every workspace, and again when it is used", async () => {
    const { admin, second, m } = await memberInTwoWorkspaces();
    const inA = await mint(m.userId, admin.slug);
    const inB = await mint(m.userId, second.slug);
    const adminOwn = await mint(admin.userId, admin.slug);

    const { path } = await issuePasswordReset(await sessionActor(admin.userId), admin.slug, {
      userId: m.userId,
    });
    expect([await revoked(inA), await revoked(inB), await revoked(adminOwn)]).toEqual([true, true, false]);
    expect(
      await db().auditEvent.findFirst({
        where: { action: "auth.password_reset_issued", targetId: m.userId },
        select: { after: true },
      }),
    ).toEqual({ after: { tokensRevoked: 2 } });

    // The old password still worked until the link was used: a token made meanwhile ends too.
    const meanwhile = await mint(m.userId, admin.slug, "meanwhile");
    await resetPassword(
      { token: path.split("/").pop(), password: "after-Reset-harbour-64" },
      { ip: null, userAgent: "vitest" },
    );
    expect(await revoked(meanwhile)).toBe(true);
  });

  it("the workspace-wide credential reset revokes each reset member's tokens in their other workspaces too", async () => {
    const { admin, second, m } = await memberInTwoWorkspaces();
    const inA = await mint(m.userId, admin.slug);
    const inB = await mint(m.userId, second.slug);
    const adminInB = await mint(admin.userId, second.slug);
    await massCredentialReset(await sessionActor(admin.userId), admin.slug, { confirm: admin.slug });
    expect([await revoked(inA), await revoked(inB), await revoked(adminInB)]).toEqual([true, true, false]);
    expect(
      await db().auditEvent.findFirst({
        where: { action: "security.mass_credential_reset", workspaceId: admin.workspaceId },
        select: { after: true },
      }),
    ).toMatchObject({ after: { tokensRevoked: 2 } });
  });
});

describe("'sign out everywhere' shows the user's API tokens and revokes them all in one click", () => {
  it("lists live tokens of every workspace, revokes all of them, and audits it once", async () => {
    const { admin, second, m } = await memberInTwoWorkspaces();
    const [a, b] = [await mint(m.userId, admin.slug, "a"), await mint(m.userId, second.slug, "b")];
    const other = await mint(admin.userId, admin.slug);
    const actor = await sessionActor(m.userId);
    const listed = await listAllMyTokens(actor);
    expect(listed.map((t) => t.id).sort()).toEqual([a, b].sort());
    expect(listed.find((t) => t.id === b)?.workspace.slug).toBe(second.slug);

    await expect(revokeAllMyTokens(actor)).resolves.toEqual({ revoked: 2 });
    expect([await revoked(a), await revoked(b), await revoked(other)]).toEqual([true, true, false]);
    expect(await listAllMyTokens(actor)).toEqual([]);
    expect(
      await db().auditEvent.findMany({
        where: { action: "token.revoked_all", actorId: m.userId },
        select: { after: true },
      }),
    ).toEqual([{ after: { tokensRevoked: 2 } }]);
  });

  it("is refused to API tokens and to a missing session", async () => {
    await expect(revokeAllMyTokens(null)).rejects.toMatchObject({ code: "unauthorized" });
    await expect(listAllMyTokens(null)).rejects.toMatchObject({ code: "unauthorized" });
  });
});
