import type { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { actorFromBearer } from "../../auth/api-token";
import { currentTotp } from "../../auth/totp";
import { db } from "../../db";
import { createMember, PASSWORD, sessionActor, uniqueIp } from "../../testing/fixtures";
import { createToken } from "./api-tokens";
import { authenticate } from "./authentication";
import { confirmMfaEnrolment, startMfaEnrolment } from "./mfa";
import { actorFromSession } from "./sessions";
import { getWorkspace, updateWorkspaceSettings } from "../workspaces/workspaces";

const meta = () => ({ ip: uniqueIp(), userAgent: "vitest" });
const signIn = (email: string, code?: string) => authenticate({ email, password: PASSWORD, code }, meta());
const actorOf = async (sessionId: string) => (await actorFromSession(sessionId, meta()))!;

async function enrol(actor: Actor, stepsAhead = 0) {
  const { manualKey } = await startMfaEnrolment(actor, { password: PASSWORD });
  await confirmMfaEnrolment(actor, { code: currentTotp(manualKey, Date.now() + stepsAhead * 30_000) });
  return manualKey;
}

/** A session is only as strong as the sign-in that opened it, whatever the user did later. */
describe("sessions are bound to how they were authenticated", () => {
  it("records amr at sign-in: pwd alone, or pwd + otp", async () => {
    const m = await createMember();
    const before = await signIn(m.email);
    expect((await db().session.findUniqueOrThrow({ where: { id: before.sessionId } })).amr).toEqual(["pwd"]);
    const key = await enrol(await sessionActor(m.userId));
    const after = await signIn(m.email, currentTotp(key, Date.now() + 30_000));
    expect((await db().session.findUniqueOrThrow({ where: { id: after.sessionId } })).amr).toEqual([
      "pwd",
      "otp",
    ]);
    expect(
      await db().auditEvent.findFirst({
        where: { action: "auth.sign_in", targetId: after.sessionId },
        select: { after: true },
      }),
    ).toEqual({ after: { userId: m.userId, mfa: true, amr: ["pwd", "otp"] } });
  });

  it("a password-only session made before the workspace required MFA is refused afterwards, and a sign-in with the code is accepted", async () => {
    const owner = await createMember({ role: "owner" });
    const member = await createMember({ role: "reviewer", slug: owner.slug });
    const ownerKey = await enrol(await sessionActor(owner.userId));
    // The member signs in with the password alone while the workspace does not require MFA.
    const old = await signIn(member.email);
    await expect(getWorkspace(await actorOf(old.sessionId), owner.slug)).resolves.toMatchObject({
      role: "reviewer",
    });
    // The member enrols in another browser; then the owner switches the rule on.
    const memberKey = await enrol(await sessionActor(member.userId));
    const ownerSession = await signIn(owner.email, currentTotp(ownerKey, Date.now() + 30_000));
    await updateWorkspaceSettings(await actorOf(ownerSession.sessionId), owner.slug, { requireMfa: true });

    const stale = await actorOf(old.sessionId);
    expect(stale.mfaEnrolled).toBe(true); // enrolled now, but this session never saw a code
    await expect(getWorkspace(stale, owner.slug)).rejects.toMatchObject({
      code: "forbidden",
      status: 403,
      details: { reason: "mfa_sign_in_required" },
      message: expect.stringMatching(/sign in again with your code/i),
    });
    const fresh = await signIn(member.email, currentTotp(memberKey, Date.now() + 30_000));
    await expect(getWorkspace(await actorOf(fresh.sessionId), owner.slug)).resolves.toMatchObject({
      role: "reviewer",
      requireMfa: true,
    });
  });

  it("enrolling with a verified code upgrades the enrolling session only", async () => {
    const owner = await createMember({ role: "owner" });
    const ownerKey = await enrol(await sessionActor(owner.userId));
    const ownerSession = await signIn(owner.email, currentTotp(ownerKey, Date.now() + 30_000));
    await updateWorkspaceSettings(await actorOf(ownerSession.sessionId), owner.slug, { requireMfa: true });
    const member = await createMember({ role: "viewer", slug: owner.slug });
    const here = await signIn(member.email);
    const elsewhere = await signIn(member.email);
    const refused = await getWorkspace(await actorOf(here.sessionId), owner.slug).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "forbidden", details: { reason: "mfa_setup_required" } });

    await enrol(await actorOf(here.sessionId));
    expect((await db().session.findUniqueOrThrow({ where: { id: here.sessionId } })).amr).toEqual([
      "pwd",
      "otp",
    ]);
    await expect(getWorkspace(await actorOf(here.sessionId), owner.slug)).resolves.toMatchObject({
      role: "viewer",
    });
    await expect(getWorkspace(await actorOf(elsewhere.sessionId), owner.slug)).rejects.toMatchObject({
      details: { reason: "mfa_sign_in_required" },
    });
  });

  it("API tokens keep today's rule: they work while their user is enrolled", async () => {
    const owner = await createMember({ role: "owner" });
    const member = await createMember({ role: "viewer", slug: owner.slug });
    await enrol(await sessionActor(owner.userId));
    const plain = await createToken(await sessionActor(member.userId), owner.slug, {
      name: "plain",
      scopes: ["read"],
      expiresInDays: 1,
    });
    const enrolled = await createToken(await sessionActor(owner.userId), owner.slug, {
      name: "enrolled",
      scopes: ["read"],
      expiresInDays: 1,
    });
    await updateWorkspaceSettings(await sessionActor(owner.userId), owner.slug, { requireMfa: true });
    const bearer = (token: string) =>
      actorFromBearer({
        headers: new Headers({ authorization: `Bearer ${token}` }),
      } as unknown as NextRequest);
    await expect(getWorkspace(await bearer(enrolled.token), owner.slug)).resolves.toMatchObject({
      slug: owner.slug,
    });
    await expect(getWorkspace(await bearer(plain.token), owner.slug)).rejects.toMatchObject({
      code: "forbidden",
      details: { reason: "mfa_setup_required" },
    });
  });
});
