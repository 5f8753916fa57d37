import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import { requireSessionActor, type Actor } from "../../auth/actor";
import { oidcProvider, requiredProvider, type OidcProvider } from "../../auth/oidc/config";
import { db } from "../../db";
import { AppError, notFound } from "../../errors/app-error";
import { parseInput } from "../../schemas/parse";
import { requireStepUp } from "../accounts/step-up";
import { SsoRefused, type SsoClaims } from "./claims";

/** How long a link request waits for the provider's answer, and then for the confirmation. */
const LINK_MINUTES = 10;

const providerInput = z.object({ provider: z.string().max(40), password: z.string().max(256).optional() });

/**
 * Step one of linking: only a browser signed in with the password (and the second factor, for
 * an account that has one), with the password re-entered now, may ask. The request is bound to
 * that session, so a provider answer arriving in any other browser links nothing.
 */
export async function startSsoLink(actor: Actor | null, raw: unknown) {
  const a = requireSessionActor(actor);
  const input = parseInput(providerInput, raw);
  const provider = requiredProvider(input.provider);
  if (!a.amr?.includes("pwd") || (a.mfaEnrolled && !a.amr.includes("otp")))
    throw new AppError("forbidden", "Sign in with your password (and your code) before linking a provider.");
  await requireStepUp(a, input);
  const sessionId = a.sessionId!;
  await db().$transaction(async (tx) => {
    const linked = await tx.ssoIdentity.count({ where: { userId: a.userId, provider: provider.id } });
    if (linked) throw new AppError("conflict", `Your account is already linked to ${provider.name}.`);
    const expiresAt = new Date(Date.now() + LINK_MINUTES * 60_000);
    const fields = {
      userId: a.userId,
      provider: provider.id,
      issuer: null,
      subject: null,
      idpEmail: null,
      expiresAt,
    };
    await tx.ssoLinkIntent.upsert({ where: { sessionId }, create: { sessionId, ...fields }, update: fields });
    await recordAudit(tx, {
      action: "auth.sso_link_started",
      actor: a,
      targetType: "user",
      targetId: a.userId,
      after: { provider: provider.id },
    });
  });
  return { provider: provider.id };
}

/**
 * Step two, from the provider's callback: parks the identity on this session's request. One
 * transaction; an identity already linked elsewhere consumes the request and is refused.
 */
export async function fillLinkIntent(sessionId: string, provider: OidcProvider, claims: SsoClaims) {
  const verdict = await db().$transaction(async (tx) => {
    const intent = await tx.ssoLinkIntent.findFirst({
      where: {
        sessionId,
        provider: provider.id,
        session: { revokedAt: null, expiresAt: { gt: new Date() } },
      },
      select: { expiresAt: true },
    });
    if (!intent) return "none" as const;
    if (intent.expiresAt < new Date()) return "link_expired" as const;
    const owner = await tx.ssoIdentity.count({
      where: { issuer: claims.issuer, subject: claims.subject },
    });
    if (owner) {
      await tx.ssoLinkIntent.delete({ where: { sessionId } });
      return "identity_in_use" as const;
    }
    await tx.ssoLinkIntent.update({
      where: { sessionId },
      data: {
        issuer: claims.issuer,
        subject: claims.subject,
        idpEmail: claims.email,
        expiresAt: new Date(Date.now() + LINK_MINUTES * 60_000),
      },
    });
    return "parked" as const;
  });
  if (verdict === "link_expired" || verdict === "identity_in_use") throw new SsoRefused(verdict);
  return verdict === "parked";
}

/** A request of this person's session that the provider has answered, still in time. */
const answeredLink = (sessionId: string | undefined, userId: string) => ({
  sessionId,
  userId,
  subject: { not: null },
  expiresAt: { gt: new Date() },
});

/** What the confirmation page shows: the identity the provider returned, waiting for a yes. */
export async function pendingSsoLink(actor: Actor) {
  if (!actor.sessionId) return null;
  const intent = await db().ssoLinkIntent.findFirst({
    where: answeredLink(actor.sessionId, actor.userId),
    select: { provider: true, issuer: true, subject: true, idpEmail: true },
  });
  const provider = intent && oidcProvider(intent.provider);
  return intent && provider ? { ...intent, providerName: provider.name } : null;
}

/** Step three: the person confirms; the identity is linked (audited) and the request consumed. */
export async function confirmSsoLink(actor: Actor | null) {
  const a = requireSessionActor(actor);
  return db().$transaction(async (tx) => {
    const intent = await tx.ssoLinkIntent.findFirst({ where: answeredLink(a.sessionId, a.userId) });
    if (!intent?.issuer || !intent.subject)
      throw new AppError("gone", "There is no link waiting for confirmation. Start again.");
    await tx.ssoLinkIntent.delete({ where: { sessionId: intent.sessionId } });
    const taken = await tx.ssoIdentity.count({
      where: {
        OR: [
          { issuer: intent.issuer, subject: intent.subject },
          { userId: a.userId, issuer: intent.issuer },
        ],
      },
    });
    if (taken) throw new AppError("conflict", "That identity is already linked.");
    const identity = await tx.ssoIdentity.create({
      data: {
        userId: a.userId,
        provider: intent.provider,
        issuer: intent.issuer,
        subject: intent.subject,
        email: intent.idpEmail,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      action: "auth.sso_linked",
      actor: a,
      targetType: "sso_identity",
      targetId: identity.id,
      after: {
        provider: intent.provider,
        issuer: intent.issuer,
        subject: intent.subject,
        email: intent.idpEmail,
      },
    });
    return identity;
  });
}

export async function cancelSsoLink(actor: Actor | null) {
  const a = requireSessionActor(actor);
  await db().ssoLinkIntent.deleteMany({ where: { sessionId: a.sessionId, userId: a.userId } });
}

const unlinkInput = z.object({
  identityId: z.uuid("Unknown identity."),
  password: z.string().max(256).optional(),
});

/** Unlinking ends the sessions that identity opened; the last way into an account stays. */
export async function unlinkSso(actor: Actor | null, raw: unknown) {
  const a = requireSessionActor(actor);
  const input = parseInput(unlinkInput, raw);
  await requireStepUp(a, input);
  await db().$transaction(async (tx) => {
    const identity = await tx.ssoIdentity.findFirst({
      where: { id: input.identityId, userId: a.userId },
      select: {
        id: true,
        provider: true,
        user: { select: { passwordHash: true, _count: { select: { ssoIdentities: true } } } },
      },
    });
    if (!identity) throw notFound("Identity");
    if (identity.user.passwordHash.startsWith("!") && identity.user._count.ssoIdentities <= 1)
      throw new AppError(
        "conflict",
        "This is the only way you can sign in to this account, so it cannot be unlinked.",
      );
    await tx.session.updateMany({
      where: { identityId: identity.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await tx.ssoIdentity.delete({ where: { id: identity.id } });
    await recordAudit(tx, {
      action: "auth.sso_unlinked",
      actor: a,
      targetType: "sso_identity",
      targetId: identity.id,
      after: { provider: identity.provider },
    });
  });
}

export async function listMyIdentities(actor: Actor) {
  const rows = await db().ssoIdentity.findMany({
    where: { userId: actor.userId },
    select: { id: true, provider: true, email: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows;
}
