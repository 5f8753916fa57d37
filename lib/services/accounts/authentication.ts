import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { RequestMeta } from "../../auth/actor";
import { verifyPassword } from "../../auth/password";
import { decryptField, sha256 } from "../../auth/secrets";
import {
  ACCOUNT_LOCK_AFTER,
  checkThrottle,
  clearFailures,
  emailKey,
  ipKey,
  recordFailure,
  WINDOW_MS,
} from "../../auth/throttle";
import { verifyTotp } from "../../auth/totp";
import { db } from "../../db";
import { countInWindow } from "../../rate-limit/limiter";
import { createSession, type Amr } from "./sessions";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(256),
  code: z.string().trim().max(20).optional().default(""),
});

/** Messages shown to the person signing in. One message for unknown email and wrong password. */
export const SIGN_IN_FAILED = "Email or password is incorrect.";
export const MFA_REQUIRED = "MFA_REQUIRED";

export class SignInError extends Error {}

async function fail(
  email: string,
  meta: RequestMeta,
  reason: string,
  message = SIGN_IN_FAILED,
): Promise<never> {
  const failures = await recordFailure(email, meta.ip);
  await db().$transaction(async (tx) => {
    await recordAudit(tx, {
      action: "auth.sign_in_failed",
      actorEmail: email,
      meta,
      after: { reason, failures },
    });
    if (failures === ACCOUNT_LOCK_AFTER)
      await recordAudit(tx, { action: "auth.account_locked", actorEmail: email, meta, after: { failures } });
  });
  throw new SignInError(message);
}

/** A TOTP code counts once: its time step must be newer than the last one accepted. */
async function acceptTotp(userId: string, secret: string, code: string): Promise<boolean> {
  const step = verifyTotp(secret, code);
  if (step === null) return false;
  const { count } = await db().user.updateMany({
    where: { id: userId, OR: [{ mfaLastStep: null }, { mfaLastStep: { lt: step } }] },
    data: { mfaLastStep: step },
  });
  return count === 1;
}

async function redeemRecoveryCode(userId: string, code: string): Promise<boolean> {
  const normalised = code.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (normalised.length !== 10) return false;
  const { count } = await db().recoveryCode.updateMany({
    where: { userId, codeHash: sha256(normalised), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}

/**
 * Checks a sign-in attempt and opens a session. Throttling runs first; unknown emails cost
 * the same argon2 work as known ones; the second factor is asked for only after a correct
 * password. Returns the new session id.
 */
export async function authenticate(
  raw: unknown,
  meta: RequestMeta,
): Promise<{ sessionId: string; userId: string }> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) throw new SignInError(SIGN_IN_FAILED);
  const { email, password, code } = parsed.data;
  const verdict = await checkThrottle(email, meta.ip);
  if (!verdict.allowed) {
    // Audited once per account (or blocked address) per throttle window; the refusals in
    // between are counted, so hammering a locked account cannot grow the audit log.
    const gate = verdict.reason === "ip-blocked" ? ipKey(meta.ip ?? "unknown") : emailKey(email);
    if ((await countInWindow(db(), `sign-in-throttled-audit:${gate}`, WINDOW_MS / 1000)) === 1) {
      await db().$transaction((tx) =>
        recordAudit(tx, { action: "auth.sign_in_throttled", actorEmail: email, meta, after: verdict }),
      );
    }
    const minutes = Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60));
    throw new SignInError(
      verdict.reason === "backoff"
        ? `Too many attempts. Wait ${verdict.retryAfterSeconds} s and try again.`
        : `Too many failed attempts. Sign-in is paused for about ${minutes} min, or ask an admin to unlock it.`,
    );
  }
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true, mfaSecret: true, mfaEnabledAt: true },
  });
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? null);
  // A disabled account answers exactly like a wrong password (same message, same argon2 work
  // above, same throttle count), so its state cannot be probed; only the audit row says why.
  if (!user || !passwordOk || user.disabledAt)
    return fail(email, meta, !user ? "unknown email" : !passwordOk ? "wrong password" : "account disabled");
  const withOtp = !!(user.mfaEnabledAt && user.mfaSecret);
  if (user.mfaEnabledAt && user.mfaSecret) {
    if (!code) throw new SignInError(MFA_REQUIRED);
    const ok = /^\d{6}$/.test(code)
      ? await acceptTotp(user.id, decryptField(user.mfaSecret), code)
      : await redeemRecoveryCode(user.id, code);
    if (!ok)
      return fail(
        email,
        meta,
        "wrong second factor",
        "That code is not valid. Try the current code or a recovery code.",
      );
  }
  await clearFailures(email);
  const session = await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    const amr: Amr[] = withOtp ? ["pwd", "otp"] : ["pwd"];
    const s = await createSession(user.id, meta, tx, amr);
    await recordAudit(tx, {
      action: "auth.sign_in",
      actorEmail: email,
      meta,
      targetType: "session",
      targetId: s.id,
      after: { userId: user.id, mfa: withOtp, amr },
    });
    return s;
  });
  return { sessionId: session.id, userId: user.id };
}
