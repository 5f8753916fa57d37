import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor, RequestMeta } from "../auth/actor";
import { db, type Prisma } from "../db";
import { AppError } from "../errors/app-error";

export const SESSION_HOURS = 12;

export async function createSession(userId: string, meta: RequestMeta, tx: Prisma.TransactionClient = db()) {
  return tx.session.create({
    data: { userId, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 400), expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000) },
    select: { id: true },
  });
}

/**
 * The per-request check behind every signed-in page and action: the session row must exist,
 * be unrevoked and unexpired, and its user enabled. This is what makes revocation immediate.
 */
export async function actorFromSession(sessionId: string, meta: RequestMeta): Promise<Actor | null> {
  if (!/^[0-9a-f-]{36}$/.test(sessionId)) return null;
  const s = await db().session.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() }, user: { disabledAt: null } },
    select: { id: true, lastSeenAt: true, user: { select: { id: true, email: true, mfaEnabledAt: true } } },
  });
  if (!s) return null;
  if (Date.now() - s.lastSeenAt.getTime() > 60_000) {
    await db().session.update({ where: { id: s.id }, data: { lastSeenAt: new Date() } }).catch(() => {});
  }
  return { userId: s.user.id, email: s.user.email, via: "session", sessionId: s.id, mfaEnrolled: !!s.user.mfaEnabledAt, ...meta };
}

export async function listMySessions(actor: Actor) {
  const rows = await db().session.findMany({
    where: { userId: actor.userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
  });
  return rows.map((r) => ({ ...r, current: r.id === actor.sessionId }));
}

export async function revokeMySession(actor: Actor, sessionId: string) {
  await db().$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({ where: { id: sessionId, userId: actor.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (!count) throw new AppError("not_found", "Session not found");
    await recordAudit(tx, { action: "auth.session_revoked", actor, targetType: "session", targetId: sessionId });
  });
}

export async function signOut(actor: Actor) {
  if (actor.sessionId) await revokeMySession(actor, actor.sessionId).catch(() => {});
}

/** "Sign out everywhere": every session of the user, this one included. */
export async function signOutEverywhere(actor: Actor) {
  await db().$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({ where: { userId: actor.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { action: "auth.sign_out_everywhere", actor, targetType: "user", targetId: actor.userId, after: { sessionsRevoked: count } });
  });
}
