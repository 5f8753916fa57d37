import { describe, expect, it } from "vitest";
import type { NextRequest } from "next/server";
import { actorFromBearer } from "../../auth/api-token";
import { db } from "../../db";
import { createMember, META, PASSWORD, sessionActor, tokenActor, uniqueIp } from "../../testing/fixtures";
import { changePassword, resetPassword } from "./account";
import { passwordResetPage } from "./password-reset-page";
import { createToken } from "./api-tokens";
import { authenticate, SIGN_IN_FAILED } from "./authentication";
import { massCredentialReset, setUserDisabled } from "../admin/security-admin";
import { actorFromSession, signOutEverywhere } from "./sessions";

/** Revocation takes effect on the very next request: the session check reads the row. */
const meta = () => ({ ip: uniqueIp(), userAgent: "vitest" });
const alive = async (sessionId: string) => (await actorFromSession(sessionId, META)) !== null;
const signIn = (email: string, password = PASSWORD) => authenticate({ email, password }, meta());
const bearer = (token: string) =>
  actorFromBearer({ headers: new Headers({ authorization: `Bearer ${token}` }) } as unknown as NextRequest);

describe("session revocation", () => {
  it("resolves a live session to its actor", async () => {
    const m = await createMember();
    const { sessionId } = await signIn(m.email);
    expect(await actorFromSession(sessionId, META)).toEqual({
      userId: m.userId,
      email: m.email,
      via: "session",
      sessionId,
      mfaEnrolled: false,
      amr: ["pwd"],
      ssoProvider: null,
      ...META,
    });
    expect(await actorFromSession("not-a-session-id", META)).toBeNull();
  });

  it("ends every session of the user on sign-out everywhere", async () => {
    const m = await createMember();
    const [a, b] = [await signIn(m.email), await signIn(m.email)];
    const other = await createMember();
    const bystander = await signIn(other.email);
    const actor = await actorFromSession(a.sessionId, META);
    if (!actor) throw new Error("a live session resolves to its actor");
    await signOutEverywhere(actor);
    expect(await alive(a.sessionId)).toBe(false);
    expect(await alive(b.sessionId)).toBe(false);
    expect(await alive(bystander.sessionId)).toBe(true);
    expect(
      await db().auditEvent.findFirst({
        where: { actorId: m.userId, action: "auth.sign_out_everywhere" },
        select: { after: true },
      }),
    ).toEqual({ after: { sessionsRevoked: 2 } });
  });

  it("ends sessions and tokens of a user an admin disables, and refuses their sign-in", async () => {
    const admin = await createMember({ role: "admin" });
    const m = await createMember({ role: "reviewer", slug: admin.slug });
    const mActor = await sessionActor(m.userId);
    const { token } = await createToken(mActor, admin.slug, {
      name: "ci",
      scopes: ["read"],
      expiresInDays: 7,
    });
    expect(await bearer(token)).toMatchObject({ userId: m.userId, via: "token" });

    await setUserDisabled(await sessionActor(admin.userId), admin.slug, { userId: m.userId, disabled: true });
    expect(await alive(mActor.sessionId!)).toBe(false);
    await expect(bearer(token)).rejects.toMatchObject({ code: "unauthorized" });
    // Answered exactly like a wrong password (issue 12): the account state is not revealed.
    await expect(signIn(m.email)).rejects.toThrow(SIGN_IN_FAILED);

    await setUserDisabled(await sessionActor(admin.userId), admin.slug, {
      userId: m.userId,
      disabled: false,
    });
    expect(await alive((await signIn(m.email)).sessionId)).toBe(true);
  });

  it("keeps the current session and ends the others on a password change", async () => {
    const m = await createMember();
    const [current, other] = [await signIn(m.email), await signIn(m.email)];
    const actor = await actorFromSession(current.sessionId, META);
    await changePassword(actor, { currentPassword: PASSWORD, newPassword: "fresh-Lantern-orbit-73" });
    expect(await alive(current.sessionId)).toBe(true);
    expect(await alive(other.sessionId)).toBe(false);
    await expect(signIn(m.email)).rejects.toThrow(SIGN_IN_FAILED);
    await expect(signIn(m.email, "fresh-Lantern-orbit-73")).resolves.toMatchObject({ userId: m.userId });
  });

  it("refuses a password change with a wrong current password, changing nothing", async () => {
    const m = await createMember();
    const [current, other] = [await signIn(m.email), await signIn(m.email)];
    const actor = await actorFromSession(current.sessionId, META);
    await expect(
      changePassword(actor, {
        currentPassword: "wrong-Password-1234",
        newPassword: "fresh-Lantern-orbit-73",
      }),
    ).rejects.toMatchObject({ code: "validation_failed", issues: [{ field: "currentPassword" }] });
    expect(await alive(other.sessionId)).toBe(true);
    await expect(signIn(m.email)).resolves.toMatchObject({ userId: m.userId });
  });

  it("on a mass credential reset: others' sessions, passwords and tokens end; reset links work once", async () => {
    const owner = await createMember({ role: "owner" });
    const m = await createMember({ role: "admin", slug: owner.slug });
    const ownerSession = await signIn(owner.email);
    const mSession = await signIn(m.email);
    const mToken = await tokenActor(await sessionActor(m.userId), owner.slug, ["read"]);
    const ownerActor = await actorFromSession(ownerSession.sessionId, META);

    const links = await massCredentialReset(ownerActor, owner.slug, { confirm: owner.slug });
    expect(links).toEqual([
      {
        email: m.email,
        path: expect.stringMatching(/^\/reset-password\/[A-Za-z0-9_-]{43}$/),
        url: expect.stringMatching(/^http.*\/reset-password\/[A-Za-z0-9_-]{43}$/),
      },
    ]);
    expect(await alive(mSession.sessionId)).toBe(false);
    expect(await alive(ownerSession.sessionId)).toBe(true);
    expect(
      await db().apiToken.findUniqueOrThrow({ where: { id: mToken.token!.id }, select: { revokedAt: true } }),
    ).toEqual({ revokedAt: expect.any(Date) });
    await expect(signIn(m.email)).rejects.toThrow(SIGN_IN_FAILED);
    await expect(signIn(owner.email)).resolves.toMatchObject({ userId: owner.userId });

    const token = links[0].path!.split("/").pop()!;
    expect(await passwordResetPage(token)).toEqual({ valid: true, email: m.email });
    await resetPassword({ token, password: "after-Breach-river-58" }, meta());
    expect(await passwordResetPage(token)).toEqual({
      valid: false,
      message: expect.stringMatching(/not valid any more/),
    });
    await expect(signIn(m.email, "after-Breach-river-58")).resolves.toMatchObject({ userId: m.userId });
    await expect(resetPassword({ token, password: "second-Attempt-cloud-91" }, meta())).rejects.toMatchObject(
      { code: "gone" },
    );
    await expect(signIn(m.email, "second-Attempt-cloud-91")).rejects.toThrow(SIGN_IN_FAILED);
  });

  it("refuses a mass reset without the typed confirmation, changing nothing", async () => {
    const owner = await createMember({ role: "owner" });
    const m = await createMember({ role: "viewer", slug: owner.slug });
    const mSession = await signIn(m.email);
    await expect(
      massCredentialReset(await sessionActor(owner.userId), owner.slug, { confirm: "yes" }),
    ).rejects.toMatchObject({ code: "validation_failed", issues: [{ field: "confirm" }] });
    expect(await alive(mSession.sessionId)).toBe(true);
    await expect(signIn(m.email)).resolves.toMatchObject({ userId: m.userId });
  });
});
