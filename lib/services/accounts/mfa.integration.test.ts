import { describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { currentTotp } from "../../auth/totp";
import { db } from "../../db";
import { createMember, PASSWORD, sessionActor, uniqueIp } from "../../testing/fixtures";
import { getMyAccount } from "./account";
import { authenticate, MFA_REQUIRED, SignInError } from "./authentication";
import { confirmMfaEnrolment, disableMfa, startMfaEnrolment } from "./mfa";
import { getWorkspace, updateWorkspaceSettings } from "../workspaces/workspaces";

const meta = () => ({ ip: uniqueIp(), userAgent: "vitest" });
const signIn = (email: string, code?: string) => authenticate({ email, password: PASSWORD, code }, meta());
/** Six digits far from the current code (and from its neighbours in the ±1 step window). */
const wrongCode = (key: string) => String((Number(currentTotp(key)) + 500_000) % 1_000_000).padStart(6, "0");

/** Enrols the actor's user; returns the manual key and the recovery codes. */
async function enrol(actor: Actor) {
  const { manualKey, uri, qrDataUrl } = await startMfaEnrolment(actor);
  expect(uri).toMatch(/^otpauth:\/\/totp\//);
  expect(qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
  const { recoveryCodes } = await confirmMfaEnrolment(actor, { code: currentTotp(manualKey) });
  return { manualKey, recoveryCodes };
}

describe("two-factor authentication", () => {
  it("enrols with a correct code and hands out ten distinct recovery codes once", async () => {
    const m = await createMember();
    const actor = await sessionActor(m.userId);
    const { recoveryCodes } = await enrol(actor);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const c of recoveryCodes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const stored = await db().recoveryCode.findMany({
      where: { userId: m.userId },
      select: { codeHash: true },
    });
    expect(stored).toHaveLength(10);
    expect(stored.some((s) => recoveryCodes.some((c) => s.codeHash.includes(c.replace("-", ""))))).toBe(
      false,
    );
    expect(await getMyAccount(actor)).toMatchObject({
      mfaEnabledAt: expect.any(Date),
      recoveryCodesLeft: 10,
    });
    await expect(startMfaEnrolment(actor)).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses a wrong enrolment code and stays off", async () => {
    const m = await createMember();
    const actor = await sessionActor(m.userId);
    const { manualKey } = await startMfaEnrolment(actor);
    await expect(confirmMfaEnrolment(actor, { code: wrongCode(manualKey) })).rejects.toMatchObject({
      code: "validation_failed",
      issues: [{ field: "code" }],
    });
    expect(
      await db().user.findUniqueOrThrow({ where: { id: m.userId }, select: { mfaEnabledAt: true } }),
    ).toEqual({ mfaEnabledAt: null });
    await expect(signIn(m.email)).resolves.toMatchObject({ userId: m.userId });
  });

  it("asks for the second factor after the password, accepts a fresh code once, never a replay", async () => {
    const m = await createMember();
    const { manualKey } = await enrol(await sessionActor(m.userId));
    const e = await signIn(m.email).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(SignInError);
    expect((e as Error).message).toBe(MFA_REQUIRED);
    // The enrolment consumed the current step's code; the next step's is accepted (window ±1).
    const next = currentTotp(manualKey, Date.now() + 30_000);
    const { sessionId } = await signIn(m.email, next);
    await expect(signIn(m.email, next)).rejects.toThrow(/code is not valid/);
    expect(
      await db().auditEvent.findFirst({
        where: { action: "auth.sign_in", targetId: sessionId },
        select: { after: true },
      }),
    ).toEqual({ after: { userId: m.userId, mfa: true, amr: ["pwd", "otp"] } });
    await expect(signIn(m.email, wrongCode(manualKey))).rejects.toThrow(/code is not valid/);
  });

  it("accepts a recovery code once", async () => {
    const m = await createMember();
    const { recoveryCodes } = await enrol(await sessionActor(m.userId));
    const code = recoveryCodes[3];
    await expect(signIn(m.email, code.toUpperCase())).resolves.toMatchObject({ userId: m.userId });
    await expect(signIn(m.email, code)).rejects.toThrow(/code is not valid/);
    expect(await getMyAccount(await sessionActor(m.userId))).toMatchObject({ recoveryCodesLeft: 9 });
  });

  it("turns off with the password only", async () => {
    const m = await createMember();
    const actor = await sessionActor(m.userId);
    await enrol(actor);
    await expect(disableMfa(actor, { password: "wrong-Password-1234" })).rejects.toMatchObject({
      code: "validation_failed",
      issues: [{ field: "password" }],
    });
    await disableMfa(actor, { password: PASSWORD });
    await expect(signIn(m.email)).resolves.toMatchObject({ userId: m.userId });
    expect(await db().recoveryCode.count({ where: { userId: m.userId } })).toBe(0);
  });
});

describe("workspaces that require MFA", () => {
  it("refuse signed-in members without MFA, admit enrolled ones, and keep MFA from being turned off", async () => {
    const owner = await createMember({ role: "owner" });
    const plain = await createMember({ role: "viewer", slug: owner.slug });
    const ownerActor = await sessionActor(owner.userId);
    const { manualKey } = await enrol(ownerActor);
    const enrolledOwner = await sessionActor(owner.userId);
    expect(enrolledOwner.mfaEnrolled).toBe(true);
    await updateWorkspaceSettings(enrolledOwner, owner.slug, { requireMfa: true });

    const plainActor = await sessionActor(plain.userId);
    expect(plainActor.mfaEnrolled).toBe(false);
    await expect(authorize(plainActor, owner.slug, "workspace.read")).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/two-factor/),
    });
    await expect(getWorkspace(plainActor, owner.slug)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getWorkspace(enrolledOwner, owner.slug)).resolves.toMatchObject({
      slug: owner.slug,
      requireMfa: true,
    });

    await enrol(plainActor);
    await expect(getWorkspace(await sessionActor(plain.userId), owner.slug)).resolves.toMatchObject({
      role: "viewer",
    });
    await expect(disableMfa(enrolledOwner, { password: PASSWORD })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(signIn(owner.email, currentTotp(manualKey, Date.now() + 30_000))).resolves.toMatchObject({
      userId: owner.userId,
    });
  });
});
