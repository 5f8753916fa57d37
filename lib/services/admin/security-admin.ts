import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize, type Authorised } from "../../auth/authorize";
import { mayActOnMember } from "../../auth/policy";
import { randomToken, sha256 } from "../../auth/secrets";
import { clearFailures, lockedEmails } from "../../auth/throttle";
import { db, type Prisma } from "../../db";
import { AppError, notFound } from "../../errors/app-error";
import { publicUrl } from "../../http/public-url";
import { parseInput } from "../../schemas/parse";

const RESET_HOURS = 24;
/** Not a PHC string: argon2 verification of anything against it fails. */
const UNUSABLE_PASSWORD = "!reset-required";
const target = z.object({ userId: z.uuid("Unknown member.") });

/**
 * Accounts are global but admins are per workspace: an admin may reset or disable an account
 * only if every other workspace it belongs to is administered by the same admin (with owner
 * rights over owners). Otherwise an admin of A could take over someone's account in B.
 */
async function withinReach(actor: Actor, userId: string, exceptWorkspaceId: string): Promise<boolean> {
  const elsewhere = await db().membership.findMany({
    where: { userId, workspaceId: { not: exceptWorkspaceId } },
    select: { workspaceId: true, role: true },
  });
  if (!elsewhere.length) return true;
  const mine = await db().membership.findMany({
    where: { userId: actor.userId, workspaceId: { in: elsewhere.map((m) => m.workspaceId) } },
    select: { workspaceId: true, role: true },
  });
  const myRole = new Map(mine.map((m) => [m.workspaceId, m.role]));
  return elsewhere.every((m) => {
    const r = myRole.get(m.workspaceId);
    return r === "owner" || (r === "admin" && m.role !== "owner");
  });
}

/** A restored backup's person is not anyone's account: it can never be enabled or get a password. */
const PLACEHOLDER =
  "This is a placeholder for a person of a restored backup: it cannot be enabled or get a password.";

const OUT_OF_REACH =
  "This person also belongs to workspaces you do not administer; ask an administrator of the installation (npm run admin).";

/** The member to act on; owners can be acted on only by owners, nobody acts on themselves. */
async function memberToManage(auth: Authorised, userId: string, accountWide = true) {
  if (userId === auth.actor.userId) throw new AppError("conflict", "You cannot do this to your own account.");
  const m = await db().membership.findUnique({
    where: { workspaceId_userId: { workspaceId: auth.workspace.id, userId } },
    select: { role: true, user: { select: { id: true, email: true, disabledAt: true, placeholder: true } } },
  });
  if (!m) throw notFound("Member");
  if (!mayActOnMember(auth.role, m.role))
    throw new AppError("forbidden", "Only an owner can do this to an owner.");
  if (accountWide && !(await withinReach(auth.actor, userId, auth.workspace.id)))
    throw new AppError("forbidden", OUT_OF_REACH);
  return m.user;
}

async function issueReset(tx: Prisma.TransactionClient, userId: string, createdById: string) {
  const token = randomToken(32);
  await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
  await tx.passwordResetToken.create({
    data: {
      userId,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + RESET_HOURS * 3600_000),
      createdById,
    },
  });
  return `/reset-password/${token}`;
}

export async function securityOverview(actor: Actor | null, slug: string) {
  const { workspace } = await authorize(actor, slug, "security.read");
  const members = await db().membership.findMany({
    where: { workspaceId: workspace.id },
    select: { user: { select: { id: true, email: true, mfaEnabledAt: true, disabledAt: true } } },
  });
  const locked = new Set(await lockedEmails());
  return {
    requireMfa: workspace.requireMfa,
    members: members.length,
    mfaEnrolled: members.filter((m) => m.user.mfaEnabledAt).length,
    locked: members
      .filter((m) => locked.has(m.user.email))
      .map((m) => ({ id: m.user.id, email: m.user.email })),
    disabled: members.filter((m) => m.user.disabledAt).map((m) => ({ id: m.user.id, email: m.user.email })),
    activeTokens: await db().apiToken.count({
      where: { workspaceId: workspace.id, revokedAt: null, expiresAt: { gt: new Date() } },
    }),
  };
}

export async function unlockUser(actor: Actor | null, slug: string, raw: unknown) {
  const auth = await authorize(actor, slug, "security.unlockUser");
  const user = await memberToManage(auth, parseInput(target, raw).userId, false);
  await clearFailures(user.email);
  await db().$transaction((tx) =>
    recordAudit(tx, {
      action: "auth.account_unlocked",
      actor: auth.actor,
      workspaceId: auth.workspace.id,
      targetType: "user",
      targetId: user.id,
    }),
  );
}

/** Disabling ends the user's sessions and API tokens on their very next request. */
export async function setUserDisabled(actor: Actor | null, slug: string, raw: unknown) {
  const auth = await authorize(actor, slug, "security.disableUser");
  const { userId, disabled } = parseInput(target.extend({ disabled: z.boolean() }), raw);
  const user = await memberToManage(auth, userId);
  if (!disabled && user.placeholder) throw new AppError("conflict", PLACEHOLDER);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: disabled ? new Date() : null } });
    if (disabled)
      await tx.session.updateMany({
        where: { userId: user.id, revokedAt: null },
        data: { revokedAt: new Date() },
      });
    await recordAudit(tx, {
      action: disabled ? "auth.user_disabled" : "auth.user_enabled",
      actor: auth.actor,
      workspaceId: auth.workspace.id,
      targetType: "user",
      targetId: user.id,
      before: { disabled: !!user.disabledAt },
      after: { disabled },
    });
  });
}

/**
 * An admin resets a password because the account may be in the wrong hands: every API token
 * of the user (in any workspace — memberToManage checked the admin's reach over all of them)
 * stops at once, when the link is issued, not when the owner gets round to using it.
 */
async function revokeUserTokens(tx: Prisma.TransactionClient, userId: string) {
  const { count } = await tx.apiToken.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** A one-time reset link for the admin to hand over (no email server needed). */
export async function issuePasswordReset(actor: Actor | null, slug: string, raw: unknown) {
  const auth = await authorize(actor, slug, "security.issuePasswordReset");
  const user = await memberToManage(auth, parseInput(target, raw).userId);
  if (user.placeholder) throw new AppError("conflict", PLACEHOLDER);
  return db().$transaction(async (tx) => {
    const path = await issueReset(tx, user.id, auth.actor.userId);
    const tokensRevoked = await revokeUserTokens(tx, user.id);
    await recordAudit(tx, {
      action: "auth.password_reset_issued",
      actor: auth.actor,
      workspaceId: auth.workspace.id,
      targetType: "user",
      targetId: user.id,
      after: { tokensRevoked },
    });
    return { email: user.email, path, url: publicUrl(path) };
  });
}

/**
 * Breach response: every other member's password stops working, their sessions and all their
 * API tokens (any workspace) are revoked, as is every API token of this workspace, and each
 * gets a fresh one-time reset link.
 */
export async function massCredentialReset(actor: Actor | null, slug: string, raw: unknown) {
  const auth = await authorize(actor, slug, "security.massCredentialReset");
  parseInput(
    z.object({
      confirm: z.literal(auth.workspace.slug, {
        error: `Type the workspace slug "${auth.workspace.slug}" to confirm.`,
      }),
    }),
    raw,
  );
  // Placeholders stay out: they have no password to reset and must never get a reset link.
  const members = await db().membership.findMany({
    where: {
      workspaceId: auth.workspace.id,
      userId: { not: auth.actor.userId },
      user: { placeholder: false },
    },
    select: { user: { select: { id: true, email: true } } },
  });
  const reach = await Promise.all(members.map((m) => withinReach(auth.actor, m.user.id, auth.workspace.id)));
  return db().$transaction(
    async (tx) => {
      const links: Array<{ email: string; path?: string; url?: string; skipped?: string }> = [];
      let userTokens = 0;
      for (const [i, { user }] of members.entries()) {
        if (!reach[i]) {
          links.push({ email: user.email, skipped: OUT_OF_REACH });
          continue;
        }
        await tx.user.update({
          where: { id: user.id },
          data: { passwordHash: UNUSABLE_PASSWORD, passwordChangedAt: new Date() },
        });
        await tx.session.updateMany({
          where: { userId: user.id, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        userTokens += await revokeUserTokens(tx, user.id);
        const path = await issueReset(tx, user.id, auth.actor.userId);
        links.push({ email: user.email, path, url: publicUrl(path) });
      }
      const tokens = await tx.apiToken.updateMany({
        where: { workspaceId: auth.workspace.id, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      await recordAudit(tx, {
        action: "security.mass_credential_reset",
        actor: auth.actor,
        workspaceId: auth.workspace.id,
        targetType: "workspace",
        targetId: auth.workspace.id,
        after: {
          users: links.filter((l) => l.path).length,
          skipped: links.filter((l) => l.skipped).length,
          tokensRevoked: tokens.count + userTokens,
        },
      });
      return links;
    },
    { timeout: 60_000 },
  );
}
