import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import { requireSessionActor, type Actor, type RequestMeta } from "../../auth/actor";
import { db, pgPool, type Prisma } from "../../db";
import { AppError } from "../../errors/app-error";
import { parseInput } from "../../schemas/parse";

export const SESSION_HOURS = 12;

/** RFC 8176 method references: "pwd" always, "otp" when a TOTP or recovery code was given too. */
export type Amr = "pwd" | "otp";

export async function createSession(
  userId: string,
  meta: RequestMeta,
  tx: Prisma.TransactionClient = db(),
  amr: readonly string[] = ["pwd"],
) {
  return tx.session.create({
    data: {
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 400),
      expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000),
      amr: [...amr],
    },
    select: { id: true },
  });
}

/**
 * The per-request check behind every signed-in page and action: the session row must exist,
 * be unrevoked and unexpired, and its user enabled. This is what makes revocation immediate.
 */
export async function actorFromSession(sessionId: string, meta: RequestMeta): Promise<Actor | null> {
  if (
    typeof sessionId !== "string" ||
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(sessionId)
  )
    return null;
  // One statement (Prisma read the session and its user with two): this runs on every request.
  const {
    rows: [s],
  } = await pgPool().query<{
    id: string;
    lastSeenAt: Date;
    amr: string[];
    userId: string;
    email: string;
    mfaEnabledAt: Date | null;
    ssoProvider: string | null;
  }>(
    `SELECT s.id, s."lastSeenAt", s.amr, u.id AS "userId", u.email, u."mfaEnabledAt", i.provider AS "ssoProvider"
     FROM "Session" s JOIN "User" u ON u.id = s."userId" LEFT JOIN "SsoIdentity" i ON i.id = s."identityId"
     WHERE s.id = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > $2 AND u."disabledAt" IS NULL`,
    [sessionId, new Date()],
  );
  if (!s) return null;
  if (Date.now() - s.lastSeenAt.getTime() > 60_000) {
    await db()
      .session.update({ where: { id: s.id }, data: { lastSeenAt: new Date() } })
      .catch(() => {});
  }
  return {
    userId: s.userId,
    email: s.email,
    via: "session",
    sessionId: s.id,
    mfaEnrolled: !!s.mfaEnabledAt,
    amr: s.amr ?? [],
    ssoProvider: s.ssoProvider,
    ...meta,
  };
}

export async function listMySessions(actor: Actor) {
  const rows = await db().session.findMany({
    where: { userId: actor.userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
  });
  return rows.map((r) => ({ ...r, current: r.id === actor.sessionId }));
}

const sessionRef = z.object({ sessionId: z.uuid("Unknown session.") });

/** `raw` is `{ sessionId }` (form data); a missing or malformed id is a 400, not a database error. */
export async function revokeMySession(actor: Actor | null, raw: unknown) {
  const a = requireSessionActor(actor);
  const { sessionId } = parseInput(sessionRef, raw);
  await db().$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { id: sessionId, userId: a.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (!count) throw new AppError("not_found", "Session not found");
    await recordAudit(tx, {
      action: "auth.session_revoked",
      actor: a,
      targetType: "session",
      targetId: sessionId,
    });
  });
}

export async function signOut(actor: Actor) {
  if (actor.sessionId) await revokeMySession(actor, { sessionId: actor.sessionId }).catch(() => {});
}

/**
 * Sign-out through next-auth's own endpoint (POST /api/auth/signout), which knows only the
 * cookie's session id: the row is revoked so the old cookie opens nothing afterwards.
 */
export async function revokeSessionById(sessionId: unknown) {
  if (typeof sessionId !== "string" || !/^[0-9a-f-]{36}$/.test(sessionId)) return;
  await db().$transaction(async (tx) => {
    const s = await tx.session.findFirst({
      where: { id: sessionId, revokedAt: null },
      select: { id: true, user: { select: { id: true, email: true } } },
    });
    if (!s) return;
    await tx.session.update({ where: { id: s.id }, data: { revokedAt: new Date() } });
    const actor: Actor = {
      userId: s.user.id,
      email: s.user.email,
      via: "session",
      sessionId: s.id,
      mfaEnrolled: false,
      ip: null,
      userAgent: null,
    };
    await recordAudit(tx, {
      action: "auth.session_revoked",
      actor,
      targetType: "session",
      targetId: s.id,
      after: { via: "signout-endpoint" },
    });
  });
}

/** "Sign out everywhere": every session of the user, this one included. */
export async function signOutEverywhere(actor: Actor | null) {
  const a = requireSessionActor(actor);
  await db().$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { userId: a.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, {
      action: "auth.sign_out_everywhere",
      actor: a,
      targetType: "user",
      targetId: a.userId,
      after: { sessionsRevoked: count },
    });
  });
}
