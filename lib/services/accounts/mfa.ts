import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import { requireSessionActor, type Actor } from "../../auth/actor";
import { decryptField, encryptField, sha256 } from "../../auth/secrets";
import { enrolmentMaterial, newTotpSecret, verifyTotp } from "../../auth/totp";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";
import { parseInput } from "../../schemas/parse";
import { requireStepUp } from "./step-up";

/** Ten codes like "k3vq-8m2xp", each 50 bits; only their SHA-256 is stored. */
function recoveryCodes(): { plain: string[]; hashes: string[] } {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const plain = Array.from({ length: 10 }, () => {
    const chars = Array.from(randomBytes(10), (b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  return { plain, hashes: plain.map((c) => sha256(c.replace("-", ""))) };
}

/**
 * Step 1: a fresh secret (kept encrypted, not active yet) and its QR code / manual key. Needs
 * the password re-entered (`raw.password`) or a step-up within the last few minutes.
 */
export async function startMfaEnrolment(actor: Actor | null, raw: unknown = {}) {
  const a = requireSessionActor(actor);
  await requireStepUp(a, raw);
  const user = await db().user.findUniqueOrThrow({ where: { id: a.userId }, select: { mfaEnabledAt: true } });
  if (user.mfaEnabledAt) throw new AppError("conflict", "Two-factor authentication is already on.");
  const secret = newTotpSecret();
  await db().user.update({ where: { id: a.userId }, data: { mfaSecret: encryptField(secret) } });
  return { manualKey: secret, ...(await enrolmentMaterial(secret, a.email)) };
}

/**
 * Step 2: a correct code turns MFA on and returns the recovery codes, shown once. The step-up
 * of step 1 must still be fresh (or the password comes again). This session has now shown both
 * factors, so its `amr` gains "otp"; the user's other sessions keep "pwd" only and must sign
 * in again with a code to open a workspace that requires MFA.
 */
export async function confirmMfaEnrolment(actor: Actor | null, raw: unknown) {
  const a = requireSessionActor(actor);
  await requireStepUp(a, raw);
  const { code } = parseInput(
    z.object({
      code: z
        .string()
        .trim()
        .regex(/^\d{6}$/, "Enter the 6-digit code."),
    }),
    raw,
  );
  const user = await db().user.findUniqueOrThrow({
    where: { id: a.userId },
    select: { mfaSecret: true, mfaEnabledAt: true },
  });
  if (user.mfaEnabledAt) throw new AppError("conflict", "Two-factor authentication is already on.");
  const step = user.mfaSecret ? verifyTotp(decryptField(user.mfaSecret), code) : null;
  if (step === null) {
    throw new AppError("validation_failed", "That code does not match. Check the time on your device.", [
      { field: "code", message: "Code does not match." },
    ]);
  }
  const codes = recoveryCodes();
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: a.userId }, data: { mfaEnabledAt: new Date(), mfaLastStep: step } });
    await tx.recoveryCode.deleteMany({ where: { userId: a.userId } });
    await tx.recoveryCode.createMany({
      data: codes.hashes.map((codeHash) => ({ userId: a.userId, codeHash })),
    });
    if (a.sessionId)
      await tx.session.updateMany({
        where: { id: a.sessionId, userId: a.userId },
        data: { amr: ["pwd", "otp"] },
      });
    await recordAudit(tx, { action: "auth.mfa_enabled", actor: a, targetType: "user", targetId: a.userId });
  });
  return { recoveryCodes: codes.plain };
}

/**
 * Turning MFA off always needs the password itself (a step-up, throttled like sign-in);
 * refused while a workspace of the user requires it.
 */
export async function disableMfa(actor: Actor | null, raw: unknown) {
  const a = requireSessionActor(actor);
  const { password } = parseInput(
    z.object({ password: z.string().min(1, "Enter your password.").max(256) }),
    raw,
  );
  await requireStepUp(a, { password });
  const requiring = await db().membership.findFirst({
    where: { userId: a.userId, workspace: { requireMfa: true } },
    select: { workspace: { select: { name: true } } },
  });
  if (requiring)
    throw new AppError("conflict", `${requiring.workspace.name} requires two-factor authentication.`);
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: a.userId },
      data: { mfaEnabledAt: null, mfaSecret: null, mfaLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: a.userId } });
    await recordAudit(tx, { action: "auth.mfa_disabled", actor: a, targetType: "user", targetId: a.userId });
  });
}
