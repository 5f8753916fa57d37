import "server-only";
import { recordAudit } from "../../audit/record";
import { requireSessionActor, type Actor, type RequestMeta } from "../../auth/actor";
import { hashPassword, verifyPassword } from "../../auth/password";
import { sha256 } from "../../auth/secrets";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";
import { changePasswordSchema, resetPasswordSchema } from "../../schemas/account";
import { parseInput } from "../../schemas/parse";

export async function getMyAccount(actor: Actor | null) {
  const a = requireSessionActor(actor);
  const user = await db().user.findUniqueOrThrow({
    where: { id: a.userId },
    select: {
      email: true,
      name: true,
      mfaEnabledAt: true,
      passwordChangedAt: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  return {
    email: user.email,
    name: user.name,
    mfaEnabledAt: user.mfaEnabledAt,
    passwordChangedAt: user.passwordChangedAt,
    recoveryCodesLeft: user._count.recoveryCodes,
  };
}

/** Changing the password ends every other session at once; this one stays signed in. */
export async function changePassword(actor: Actor | null, raw: unknown) {
  const a = requireSessionActor(actor);
  const input = parseInput(changePasswordSchema, raw);
  const user = await db().user.findUniqueOrThrow({
    where: { id: a.userId },
    select: { passwordHash: true, email: true },
  });
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError("validation_failed", "The current password is wrong.", [
      { field: "currentPassword", message: "The current password is wrong." },
    ]);
  }
  if (
    input.newPassword.toLowerCase().includes(user.email.split("@")[0]) &&
    user.email.split("@")[0].length >= 4
  ) {
    throw new AppError("validation_failed", "Do not build the password from your email.", [
      { field: "newPassword", message: "Do not build the password from your email." },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: a.userId }, data: { passwordHash, passwordChangedAt: new Date() } });
    const { count } = await tx.session.updateMany({
      where: { userId: a.userId, revokedAt: null, id: { not: a.sessionId } },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, {
      action: "auth.password_changed",
      actor: a,
      targetType: "user",
      targetId: a.userId,
      after: { otherSessionsRevoked: count },
    });
  });
}

export async function previewPasswordReset(token: string) {
  const row = await db().passwordResetToken.findUnique({
    where: { tokenHash: sha256(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { email: true } } },
  });
  if (!row || row.usedAt || row.expiresAt < new Date())
    throw new AppError("gone", "This reset link is not valid any more. Ask an admin for a new one.");
  return { email: row.user.email };
}

/**
 * Sets a new password from an admin-issued one-time link; all sessions and API tokens end.
 * Issuing the link already revoked the tokens; this catches any made in between, while the
 * old password still worked.
 */
export async function resetPassword(raw: unknown, meta: RequestMeta) {
  const input = parseInput(resetPasswordSchema, raw);
  await previewPasswordReset(input.token); // a dead link costs a lookup, not an argon2 hash
  const passwordHash = await hashPassword(input.password);
  await db().$transaction(async (tx) => {
    const row = await tx.passwordResetToken.findUnique({
      where: { tokenHash: sha256(input.token) },
      select: { id: true, userId: true, usedAt: true, expiresAt: true, user: { select: { email: true } } },
    });
    if (!row || row.usedAt || row.expiresAt < new Date())
      throw new AppError("gone", "This reset link is not valid any more. Ask an admin for a new one.");
    await tx.passwordResetToken.update({ where: { id: row.id }, data: { usedAt: new Date() } });
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, passwordChangedAt: new Date() },
    });
    await tx.session.updateMany({
      where: { userId: row.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await tx.apiToken.updateMany({
      where: { userId: row.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await tx.authFailure.deleteMany({ where: { key: `email:${row.user.email}` } });
    await recordAudit(tx, {
      action: "auth.password_reset",
      actorEmail: row.user.email,
      meta,
      targetType: "user",
      targetId: row.userId,
    });
  });
}
