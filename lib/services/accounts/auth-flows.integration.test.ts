import { describe, expect, it } from "vitest";
import { ACCOUNT_LOCK_AFTER, emailKey, WINDOW_MS } from "../../auth/throttle";
import { db } from "../../db";
import { createMember, PASSWORD, sessionActor, uniqueEmail, uniqueIp } from "../../testing/fixtures";
import { cliUnlock } from "../admin/admin-cli";
import { authenticate, SIGN_IN_FAILED, SignInError } from "./authentication";
import { securityOverview, unlockUser } from "../admin/security-admin";
import { actorFromSession } from "./sessions";

/**
 * Sign-in: one message for unknown email and wrong password, backoff then lock after
 * repeated failures (for unknown emails too), unlock by an admin or the CLI, all audited.
 * Each test signs in from an address of its own so the per-IP block never interferes.
 */
const meta = () => ({ ip: uniqueIp(), userAgent: "vitest" });
const ago = (ms: number) => new Date(Date.now() - ms);

/** Failures written straight into the throttle table: no sleeping through backoff delays. */
async function pastFailures(email: string, n: number, at = ago(10 * 60_000)) {
  await db().authFailure.createMany({
    data: Array.from({ length: n }, () => ({ key: emailKey(email), at })),
  });
}

const audited = (email: string, action: string) =>
  db().auditEvent.findMany({ where: { actorEmail: email, action }, orderBy: { id: "asc" } });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: unknown) => e as Error,
  );

describe("authenticate", () => {
  it("opens a session for the right password", async () => {
    const m = await createMember();
    const { sessionId, userId } = await authenticate(
      { email: m.email.toUpperCase(), password: PASSWORD },
      meta(),
    );
    expect(userId).toBe(m.userId);
    expect(await actorFromSession(sessionId, meta())).toMatchObject({
      userId: m.userId,
      email: m.email,
      via: "session",
      sessionId,
    });
    expect(await audited(m.email, "auth.sign_in")).toHaveLength(1);
  });

  it("says the same thing for an unknown email and a wrong password", async () => {
    const m = await createMember();
    const unknown = uniqueEmail("nobody");
    const e1 = await refusal(authenticate({ email: unknown, password: PASSWORD }, meta()));
    const e2 = await refusal(authenticate({ email: m.email, password: "not-the-Password-99" }, meta()));
    for (const e of [e1, e2]) {
      expect(e).toBeInstanceOf(SignInError);
      expect(e.message).toBe(SIGN_IN_FAILED);
    }
    expect((await audited(unknown, "auth.sign_in_failed")).map((r) => r.after)).toEqual([
      { reason: "unknown email", failures: 1 },
    ]);
    expect((await audited(m.email, "auth.sign_in_failed")).map((r) => r.after)).toEqual([
      { reason: "wrong password", failures: 1 },
    ]);
  });

  it("refuses malformed input with the same message, without a session", async () => {
    const e = await refusal(authenticate({ email: ["x"], password: 42 }, meta()));
    expect(e).toBeInstanceOf(SignInError);
    expect(e.message).toBe(SIGN_IN_FAILED);
  });
});

describe("throttling", () => {
  it("backs off after 3 failures, even for the right password, then lets it in", async () => {
    const m = await createMember();
    await pastFailures(m.email, 3, new Date());
    const e = await refusal(authenticate({ email: m.email, password: PASSWORD }, meta()));
    expect(e.message).toMatch(/Too many attempts\. Wait \d+ s/);
    expect(await audited(m.email, "auth.sign_in_throttled")).toHaveLength(1);

    await db().authFailure.updateMany({ where: { key: emailKey(m.email) }, data: { at: ago(2 * 60_000) } });
    await expect(authenticate({ email: m.email, password: PASSWORD }, meta())).resolves.toMatchObject({
      userId: m.userId,
    });
    expect(await db().authFailure.count({ where: { key: emailKey(m.email) } })).toBe(0); // success clears the count
  });

  it(`locks after ${ACCOUNT_LOCK_AFTER} failures in 15 min, audits it, and an admin unlocks`, async () => {
    const admin = await createMember({ role: "admin" });
    const m = await createMember({ role: "reviewer", slug: admin.slug });
    await pastFailures(m.email, ACCOUNT_LOCK_AFTER - 1);
    await expect(authenticate({ email: m.email, password: "not-the-Password-99" }, meta())).rejects.toThrow(
      SIGN_IN_FAILED,
    );
    expect((await audited(m.email, "auth.account_locked")).map((r) => r.after)).toEqual([
      { failures: ACCOUNT_LOCK_AFTER },
    ]);

    const e = await refusal(authenticate({ email: m.email, password: PASSWORD }, meta()));
    expect(e).toBeInstanceOf(SignInError);
    expect(e.message).toMatch(/paused/);
    expect(e.message).toMatch(/attempts/);
    const adminActor = await sessionActor(admin.userId);
    expect((await securityOverview(adminActor, admin.slug)).locked).toEqual([
      { id: m.userId, email: m.email },
    ]);

    await unlockUser(adminActor, admin.slug, { userId: m.userId });
    await expect(authenticate({ email: m.email, password: PASSWORD }, meta())).resolves.toMatchObject({
      userId: m.userId,
    });
    expect(await audited(admin.email, "auth.account_unlocked")).toHaveLength(1);
  });

  it("audits refusals of a locked account once per window, however often it is tried", async () => {
    const unknown = uniqueEmail("hammered");
    await pastFailures(unknown, ACCOUNT_LOCK_AFTER, ago(60_000));
    const window = () => Math.floor(Date.now() / WINDOW_MS);
    const first = window();
    for (let i = 0; i < 25; i++)
      await expect(authenticate({ email: unknown, password: "not-the-Password-99" }, meta())).rejects.toThrow(
        /paused/,
      );
    // One, or two if the loop happened to cross a 15-minute window boundary.
    expect(await audited(unknown, "auth.sign_in_throttled")).toHaveLength(window() - first + 1);
  });

  it("counts failures from the past 15 minutes only", async () => {
    const m = await createMember();
    await pastFailures(m.email, 2 * ACCOUNT_LOCK_AFTER, ago(16 * 60_000));
    await expect(authenticate({ email: m.email, password: PASSWORD }, meta())).resolves.toMatchObject({
      userId: m.userId,
    });
  });

  it("locks an unknown email the same way, and the CLI unlocks a known one", async () => {
    const unknown = uniqueEmail("nobody");
    const m = await createMember();
    const messages: string[] = [];
    for (const email of [unknown, m.email]) {
      await pastFailures(email, ACCOUNT_LOCK_AFTER - 1);
      await expect(authenticate({ email, password: "not-the-Password-99" }, meta())).rejects.toThrow(
        SIGN_IN_FAILED,
      );
      expect(await audited(email, "auth.account_locked")).toHaveLength(1);
      messages.push((await refusal(authenticate({ email, password: PASSWORD }, meta()))).message);
    }
    expect(messages[0]).toMatch(/paused/);
    expect(messages[1]).toBe(messages[0]);

    await cliUnlock(m.email);
    await expect(authenticate({ email: m.email, password: PASSWORD }, meta())).resolves.toMatchObject({
      userId: m.userId,
    });
  });

  it("blocks an address after 50 failures across accounts", async () => {
    const ip = uniqueIp();
    await db().authFailure.createMany({
      data: Array.from({ length: 50 }, () => ({ key: `ip:${ip}`, at: ago(60_000) })),
    });
    const m = await createMember();
    const e = await refusal(
      authenticate({ email: m.email, password: PASSWORD }, { ip, userAgent: "vitest" }),
    );
    expect(e.message).toMatch(/paused/);
    await expect(authenticate({ email: m.email, password: PASSWORD }, meta())).resolves.toMatchObject({
      userId: m.userId,
    });
  });
});
