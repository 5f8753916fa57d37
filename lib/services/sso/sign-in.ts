import "server-only";
import { recordAudit } from "../../audit/record";
import type { RequestMeta } from "../../auth/actor";
import type { OidcProvider } from "../../auth/oidc/config";
import { db, type Prisma } from "../../db";
import { creatorStillGrants } from "../workspaces/invitations";
import { createSession } from "../accounts/sessions";
import { inAllowedDomain, readClaims, SsoRefused, type SsoClaims } from "./claims";
import { syncGroupRoles } from "./groups";
import { fillLinkIntent } from "./linking";

type Tx = Prisma.TransactionClient;

/** Stored for accounts that only sign in through a provider: no password can ever match it. */
export const SSO_ONLY_PASSWORD = "!sso-only-no-password";

export type SsoOutcome = { kind: "session"; sessionId: string; userId: string } | { kind: "link" };

/**
 * What a provider's verified answer leads to. A browser that asked to link (its session holds a
 * link intent for this provider) gets the identity parked for confirmation. Otherwise a linked
 * identity opens a session for its account; an unknown one creates an account only for a
 * verified email in an allowed domain or with a pending invitation, and never takes over an
 * existing account by its email.
 */
export async function completeSsoSignIn(
  provider: OidcProvider,
  rawClaims: unknown,
  meta: RequestMeta,
  currentSessionId: string | null,
): Promise<SsoOutcome> {
  const claims = readClaims(provider, rawClaims);
  if (!claims) throw new SsoRefused("failed");
  if (currentSessionId && (await fillLinkIntent(currentSessionId, provider, claims))) return { kind: "link" };
  try {
    return await db().$transaction(async (tx) => {
      const known = await tx.ssoIdentity.findUnique({
        where: { issuer_subject: { issuer: claims.issuer, subject: claims.subject } },
        select: {
          id: true,
          user: { select: { id: true, email: true, disabledAt: true, placeholder: true } },
        },
      });
      const account = known
        ? { identityId: known.id, ...known.user, created: false }
        : await createAccount(tx, provider, claims, meta);
      if (account.disabledAt || account.placeholder) throw new SsoRefused("not_allowed");
      await tx.ssoIdentity.update({
        where: { id: account.identityId },
        data: { lastUsedAt: new Date(), email: claims.email },
      });
      await tx.user.update({ where: { id: account.id }, data: { lastSignInAt: new Date() } });
      const session = await createSession(account.id, meta, tx, claims.amr);
      // A fresh provider sign-in vouches for sensitive changes for a few minutes, as a
      // re-entered password does (SSO-only accounts have no password to re-enter).
      await tx.session.update({
        where: { id: session.id },
        data: { identityId: account.identityId, oidcSid: claims.sid, stepUpAt: new Date() },
      });
      const groupChanges = await syncGroupRoles(tx, provider, account, claims.groups, meta);
      await recordAudit(tx, {
        action: "auth.sign_in",
        actorEmail: account.email,
        meta,
        targetType: "session",
        targetId: session.id,
        after: {
          userId: account.id,
          method: "sso",
          provider: provider.id,
          amr: claims.amr,
          newAccount: account.created,
          groupChanges,
        },
      });
      return { kind: "session" as const, sessionId: session.id, userId: account.id };
    });
  } catch (err) {
    // Two first sign-ins of the same new person at once: the loser's unique insert fails.
    if ((err as { code?: string }).code === "P2002") throw new SsoRefused("failed");
    throw err;
  }
}

async function createAccount(tx: Tx, provider: OidcProvider, claims: SsoClaims, meta: RequestMeta) {
  const email = claims.email;
  if (!email) throw new SsoRefused("not_allowed");
  if (!claims.emailVerified) throw new SsoRefused("unverified_email");
  // The same email on an existing account is never enough to sign into it: its owner links.
  if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
    throw new SsoRefused("account_exists");
  const invitations = await pendingInvitations(tx, email);
  if (!inAllowedDomain(provider, email) && !invitations.length) throw new SsoRefused("not_allowed");
  const user = await tx.user.create({
    data: {
      email,
      name: claims.name ?? email.slice(0, email.indexOf("@")),
      passwordHash: SSO_ONLY_PASSWORD,
      createdVia: "sso",
    },
    select: { id: true, email: true, disabledAt: true, placeholder: true },
  });
  const identity = await tx.ssoIdentity.create({
    data: { userId: user.id, provider: provider.id, issuer: claims.issuer, subject: claims.subject, email },
    select: { id: true },
  });
  for (const inv of invitations) {
    await tx.invitation.update({ where: { id: inv.id }, data: { acceptedAt: new Date() } });
    await tx.membership.create({ data: { workspaceId: inv.workspace.id, userId: user.id, role: inv.role } });
    await recordAudit(tx, {
      action: "member.joined",
      actorEmail: email,
      meta,
      workspaceId: inv.workspace.id,
      targetType: "invitation",
      targetId: inv.id,
      after: { role: inv.role, newAccount: true, via: "sso" },
    });
  }
  await recordAudit(tx, {
    action: "auth.account_created_sso",
    actorEmail: email,
    meta,
    targetType: "user",
    targetId: user.id,
    after: { provider: provider.id, issuer: claims.issuer, invitations: invitations.length },
  });
  return { ...user, identityId: identity.id, created: true };
}

/** Open invitations for this email whose sender may still grant the role. */
async function pendingInvitations(tx: Tx, email: string) {
  const open = await tx.invitation.findMany({
    where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, role: true, createdById: true, workspace: { select: { id: true } } },
    orderBy: { createdAt: "asc" },
  });
  const valid: typeof open = [];
  const seen = new Set<string>();
  for (const inv of open) {
    if (seen.has(inv.workspace.id) || !(await creatorStillGrants(tx, inv))) continue;
    seen.add(inv.workspace.id);
    valid.push(inv);
  }
  return valid;
}
