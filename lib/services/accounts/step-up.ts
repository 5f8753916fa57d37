import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { verifyPassword } from "../../auth/password";
import { checkThrottle, clearFailures, recordFailure } from "../../auth/throttle";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";
import { parseInput } from "../../schemas/parse";

/** How long a re-entered password vouches for sensitive changes in the same session. */
export const STEP_UP_MINUTES = 5;
export const STEP_UP_REQUIRED = `Confirm your password to continue (asked again after ${STEP_UP_MINUTES} minutes).`;

const stepUpInput = z.object({ password: z.string().max(256).optional() });

/**
 * Step-up for sensitive account changes (MFA on/off, new API tokens): a stolen session
 * cookie alone cannot lock the owner out or mint a long-lived credential. `raw.password`, when
 * given, is checked (throttled like sign-in) and opens a window of STEP_UP_MINUTES; without
 * it, the session must have been stepped up within that window. The admin CLI is exempt (it
 * runs with the installation's own rights); API tokens never get here (refused earlier).
 */
export async function requireStepUp(actor: Actor, raw: unknown, now = new Date()): Promise<void> {
  if (actor.via === "cli") return;
  if (actor.via !== "session" || !actor.sessionId)
    throw new AppError("forbidden", "Sign in in a browser to do this.");
  const { password } = parseInput(stepUpInput, raw && typeof raw === "object" ? raw : {});
  if (password) return confirmPassword(actor, password, now);
  const fresh = await db().session.count({
    where: {
      id: actor.sessionId,
      userId: actor.userId,
      revokedAt: null,
      stepUpAt: { gte: new Date(now.getTime() - STEP_UP_MINUTES * 60_000) },
    },
  });
  if (!fresh)
    throw new AppError("step_up_required", STEP_UP_REQUIRED, [
      { field: "password", message: "Enter your password to confirm it is you." },
    ]);
}

async function confirmPassword(actor: Actor, password: string, now: Date) {
  const verdict = await checkThrottle(actor.email, actor.ip, now);
  if (!verdict.allowed)
    throw new AppError(
      "rate_limited",
      `Too many wrong passwords. Wait ${verdict.retryAfterSeconds} s and try again.`,
      [],
      { retryAfter: verdict.retryAfterSeconds },
    );
  const user = await db().user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(password, user.passwordHash))) {
    await recordFailure(actor.email, actor.ip);
    await db().$transaction((tx) =>
      recordAudit(tx, {
        action: "auth.step_up_failed",
        actor,
        targetType: "session",
        targetId: actor.sessionId,
      }),
    );
    throw new AppError("validation_failed", "Wrong password.", [
      { field: "password", message: "Wrong password." },
    ]);
  }
  await clearFailures(actor.email);
  await db().$transaction(async (tx) => {
    await tx.session.updateMany({
      where: { id: actor.sessionId, userId: actor.userId, revokedAt: null },
      data: { stepUpAt: now },
    });
    await recordAudit(tx, {
      action: "auth.step_up",
      actor,
      targetType: "session",
      targetId: actor.sessionId,
    });
  });
}
