import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { runAction } from "../../http/action";
import { createMember, PASSWORD, sessionActor, uniqueIp } from "../../testing/fixtures";
import { authenticate, SIGN_IN_FAILED, SignInError } from "./authentication";
import { setUserDisabled } from "../admin/security-admin";
import { actorFromSession, revokeMySession, revokeSessionById, signOutEverywhere } from "./sessions";

const failures = (email: string) => db().authFailure.count({ where: { key: `email:${email}` } });

describe("a disabled account answers exactly like a wrong password", () => {
  it("same error class and message, same throttle count; the audit row alone says why", async () => {
    const admin = await createMember({ role: "owner" });
    const disabled = await createMember({ role: "viewer", slug: admin.slug });
    const wrong = await createMember({ role: "viewer", slug: admin.slug });
    await setUserDisabled(await sessionActor(admin.userId), admin.slug, {
      userId: disabled.userId,
      disabled: true,
    });

    const ip = uniqueIp();
    const a = await authenticate(
      { email: disabled.email, password: PASSWORD },
      { ip, userAgent: "vitest" },
    ).catch((e: unknown) => e);
    const b = await authenticate(
      { email: wrong.email, password: "wrong-Password-1234" },
      { ip, userAgent: "vitest" },
    ).catch((e: unknown) => e);
    expect(a).toBeInstanceOf(SignInError);
    expect(b).toBeInstanceOf(SignInError);
    expect((a as Error).message).toBe(SIGN_IN_FAILED);
    expect((a as Error).message).toBe((b as Error).message);
    expect([await failures(disabled.email), await failures(wrong.email)]).toEqual([1, 1]);
    expect(
      await db().auditEvent.findFirst({
        where: { action: "auth.sign_in_failed", actorEmail: disabled.email },
        select: { after: true },
      }),
    ).toEqual({ after: { reason: "account disabled", failures: 1 } });
  });
});

describe("session actions with a bad cookie or bad form data are clear 4xx errors, not TypeErrors", () => {
  it("revoke-session: no session → unauthorized; missing or malformed id → validation_failed naming sessionId", async () => {
    const m = await createMember();
    const actor = await sessionActor(m.userId);
    await expect(revokeMySession(null, { sessionId: actor.sessionId })).rejects.toMatchObject({
      code: "unauthorized",
      status: 401,
    });
    await expect(revokeMySession(actor, {})).rejects.toMatchObject({
      code: "validation_failed",
      issues: [{ field: "sessionId" }],
    });
    await expect(revokeMySession(actor, { sessionId: "not-a-uuid" })).rejects.toMatchObject({
      code: "validation_failed",
      issues: [{ field: "sessionId" }],
    });
    await expect(revokeMySession(actor, "garbage")).rejects.toMatchObject({ code: "validation_failed" });
    expect(await actorFromSession(actor.sessionId!, { ip: null, userAgent: null })).not.toBeNull();
    // Through the action wrapper: a form state with the code, never "Something went wrong".
    await expect(runAction(() => revokeMySession(null, {}))).resolves.toMatchObject({
      ok: false,
      code: "unauthorized",
      message: "Sign in first.",
    });
  });

  it("sign-out-everywhere: no session → unauthorized", async () => {
    await expect(signOutEverywhere(null)).rejects.toMatchObject({ code: "unauthorized", status: 401 });
    await expect(runAction(() => signOutEverywhere(null))).resolves.toMatchObject({
      ok: false,
      code: "unauthorized",
    });
  });
});

describe("next-auth's sign-out event revokes the session row", () => {
  it("revokes by the cookie's sid and ignores junk", async () => {
    const m = await createMember();
    const { sessionId } = await authenticate(
      { email: m.email, password: PASSWORD },
      { ip: uniqueIp(), userAgent: "vitest" },
    );
    await revokeSessionById(undefined);
    await revokeSessionById("x'; drop table");
    expect(await actorFromSession(sessionId, { ip: null, userAgent: null })).not.toBeNull();
    await revokeSessionById(sessionId);
    expect(await actorFromSession(sessionId, { ip: null, userAgent: null })).toBeNull();
    expect(
      await db().auditEvent.count({ where: { action: "auth.session_revoked", targetId: sessionId } }),
    ).toBe(1);
    await revokeSessionById(sessionId); // already revoked: no second audit row
    expect(
      await db().auditEvent.count({ where: { action: "auth.session_revoked", targetId: sessionId } }),
    ).toBe(1);
  });
});
