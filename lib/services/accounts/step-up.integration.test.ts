import { describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { currentTotp } from "../../auth/totp";
import { db } from "../../db";
import { createMember, PASSWORD, sessionActor, uniqueIp } from "../../testing/fixtures";
import { createToken } from "./api-tokens";
import { confirmMfaEnrolment, disableMfa, startMfaEnrolment } from "./mfa";
import { requireStepUp, STEP_UP_MINUTES } from "./step-up";

const TOKEN = { name: "ci", scopes: ["read"], expiresInDays: 1 };
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

/** A signed-in session whose password was (or was never) re-entered at `at`. */
async function session(userId: string, at: Date | null): Promise<Actor> {
  const actor = await sessionActor(userId, { ip: uniqueIp(), userAgent: "vitest" }, { stepUp: false });
  if (at) await db().session.update({ where: { id: actor.sessionId }, data: { stepUpAt: at } });
  return actor;
}

describe("step-up: sensitive changes need the password re-entered within a few minutes", () => {
  it("creating an API token is refused without it (403 step_up_required), changes nothing, and works with the password", async () => {
    const m = await createMember();
    const actor = await session(m.userId, null);
    await expect(createToken(actor, m.slug, TOKEN)).rejects.toMatchObject({
      code: "step_up_required",
      status: 403,
      issues: [{ field: "password" }],
    });
    await expect(
      createToken(actor, m.slug, { ...TOKEN, password: "wrong-Password-1234" }),
    ).rejects.toMatchObject({ code: "validation_failed", issues: [{ field: "password" }] });
    expect(await db().apiToken.count({ where: { userId: m.userId } })).toBe(0);
    expect(
      await db().auditEvent.count({ where: { action: "auth.step_up_failed", targetId: actor.sessionId } }),
    ).toBe(1);

    await expect(createToken(actor, m.slug, { ...TOKEN, password: PASSWORD })).resolves.toMatchObject({
      token: expect.stringMatching(/^sct_/),
    });
    // The window is now open: a second token in the same minutes needs no password.
    await expect(createToken(actor, m.slug, TOKEN)).resolves.toMatchObject({ name: "ci" });
    expect(
      await db().auditEvent.count({ where: { action: "auth.step_up", targetId: actor.sessionId } }),
    ).toBe(1);
  });

  it(`is accepted within ${STEP_UP_MINUTES} minutes and refused after them`, async () => {
    const m = await createMember();
    await expect(
      createToken(await session(m.userId, minutesAgo(STEP_UP_MINUTES - 1)), m.slug, TOKEN),
    ).resolves.toMatchObject({ name: "ci" });
    await expect(
      createToken(await session(m.userId, minutesAgo(STEP_UP_MINUTES + 1)), m.slug, TOKEN),
    ).rejects.toMatchObject({ code: "step_up_required" });
    // The same session, with the clock moved past the window.
    const actor = await session(m.userId, null);
    const t0 = new Date();
    await requireStepUp(actor, { password: PASSWORD }, t0);
    await expect(
      requireStepUp(actor, {}, new Date(t0.getTime() + (STEP_UP_MINUTES * 60 - 1) * 1000)),
    ).resolves.toBeUndefined();
    await expect(
      requireStepUp(actor, {}, new Date(t0.getTime() + (STEP_UP_MINUTES * 60 + 1) * 1000)),
    ).rejects.toMatchObject({ code: "step_up_required" });
  });

  it("another session's step-up does not count, and the admin CLI is exempt", async () => {
    const m = await createMember();
    await session(m.userId, new Date());
    await expect(createToken(await session(m.userId, null), m.slug, TOKEN)).rejects.toMatchObject({
      code: "step_up_required",
    });
    await expect(
      requireStepUp(
        { userId: m.userId, email: m.email, via: "cli", mfaEnrolled: false, ip: null, userAgent: null },
        {},
      ),
    ).resolves.toBeUndefined();
  });

  it("enrolling MFA needs it at both steps; turning MFA off always needs the password", async () => {
    const m = await createMember();
    const actor = await session(m.userId, null);
    await expect(startMfaEnrolment(actor)).rejects.toMatchObject({ code: "step_up_required" });
    expect((await db().user.findUniqueOrThrow({ where: { id: m.userId } })).mfaSecret).toBeNull();
    const { manualKey } = await startMfaEnrolment(actor, { password: PASSWORD });

    // The step-up went stale while the user fetched their phone: the code alone is refused.
    await db().session.update({
      where: { id: actor.sessionId },
      data: { stepUpAt: minutesAgo(STEP_UP_MINUTES + 1) },
    });
    await expect(confirmMfaEnrolment(actor, { code: currentTotp(manualKey) })).rejects.toMatchObject({
      code: "step_up_required",
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: m.userId } })).mfaEnabledAt).toBeNull();
    await expect(
      confirmMfaEnrolment(actor, { code: currentTotp(manualKey), password: PASSWORD }),
    ).resolves.toMatchObject({ recoveryCodes: expect.any(Array) });

    await expect(disableMfa(actor, {})).rejects.toMatchObject({
      code: "validation_failed",
      issues: [{ field: "password" }],
    });
    await disableMfa(actor, { password: PASSWORD });
    expect((await db().user.findUniqueOrThrow({ where: { id: m.userId } })).mfaEnabledAt).toBeNull();
  });

  it("wrong step-up passwords count toward the sign-in throttle", async () => {
    const m = await createMember();
    const actor = await session(m.userId, null);
    for (let i = 0; i < 3; i++)
      await requireStepUp(actor, { password: "wrong-Password-1234" }).catch(() => {});
    expect(await db().authFailure.count({ where: { key: `email:${m.email}` } })).toBe(3);
    await expect(requireStepUp(actor, { password: PASSWORD })).rejects.toMatchObject({
      code: "rate_limited",
    });
  });
});
