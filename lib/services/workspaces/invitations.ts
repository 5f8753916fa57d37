import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor, RequestMeta } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { can, grantableRoles } from "../../auth/policy";
import { hashPassword } from "../../auth/password";
import { randomToken, sha256 } from "../../auth/secrets";
import { db, type Prisma } from "../../db";
import { AppError } from "../../errors/app-error";
import { pageOf, pageWindow, type PageArgs } from "../../http/pagination";
import { publicUrl } from "../../http/public-url";
import { inviteSchema, newAccountSchema, tokenSchema } from "../../schemas/account";
import type { Role } from "../../generated/prisma/enums";
import { parseInput } from "../../schemas/parse";

const INVITE_DAYS = 7;

/**
 * Creates a one-time, expiring invitation link (shown once to the admin; no email needed).
 * `existingAccount` tells the inviting admin (only admins can invite) that the email already
 * has an account somewhere on this instance: accepting adds THAT account, whoever set it up.
 */
export async function inviteMember(actor: Actor | null, slug: string, raw: unknown) {
  const { workspace, role: myRole, actor: me } = await authorize(actor, slug, "members.invite");
  const { email, role } = parseInput(inviteSchema, raw);
  if (!grantableRoles(myRole).includes(role)) throw new AppError("forbidden", "You cannot grant this role.");
  const token = randomToken(32);
  return db().$transaction(async (tx) => {
    if (await tx.membership.findFirst({ where: { workspaceId: workspace.id, user: { email } } })) {
      throw new AppError("conflict", `${email} is already a member.`, [
        { field: "email", message: "Already a member." },
      ]);
    }
    const inv = await tx.invitation.create({
      data: {
        workspaceId: workspace.id,
        email,
        role,
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000),
        createdById: me.userId,
      },
      select: { id: true, expiresAt: true },
    });
    const existingAccount = !!(await tx.user.findUnique({ where: { email }, select: { id: true } }));
    await recordAudit(tx, {
      action: "member.invited",
      actor: me,
      workspaceId: workspace.id,
      targetType: "invitation",
      targetId: inv.id,
      after: { email, role },
    });
    const path = `/invite/${token}`;
    return { id: inv.id, path, url: publicUrl(path), expiresAt: inv.expiresAt, existingAccount };
  });
}

const pendingSelect = { id: true, email: true, role: true, expiresAt: true, createdAt: true } as const;
const pending = (workspaceId: string) => ({
  workspaceId,
  acceptedAt: null,
  revokedAt: null,
  expiresAt: { gt: new Date() },
});

export async function listInvitations(actor: Actor | null, slug: string) {
  const { workspace } = await authorize(actor, slug, "members.invite");
  return db().invitation.findMany({
    where: pending(workspace.id),
    orderBy: { createdAt: "desc" },
    select: pendingSelect,
  });
}

/** The API's list of pending invitations: newest first, one page at a time. */
export async function listInvitationsPage(actor: Actor | null, slug: string, page: PageArgs) {
  const { workspace } = await authorize(actor, slug, "members.invite");
  const { where, ...window } = pageWindow(page);
  return pageOf(
    await db().invitation.findMany({
      where: { ...pending(workspace.id), ...where },
      ...window,
      select: pendingSelect,
    }),
    page,
  );
}

export async function revokeInvitation(actor: Actor | null, slug: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, slug, "members.invite");
  const { invitationId } = parseInput(z.object({ invitationId: z.uuid() }), raw);
  await db().$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, workspaceId: workspace.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (!count) throw new AppError("not_found", "Invitation not found");
    await recordAudit(tx, {
      action: "member.invitation_revoked",
      actor: me,
      workspaceId: workspace.id,
      targetType: "invitation",
      targetId: invitationId,
    });
  });
}

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

/**
 * An invitation carries its creator's authority, so it lives only as long as that authority:
 * the creator must still be an enabled owner/admin of the workspace who may grant the role.
 */
/** Whether the invitation's sender may still grant its role (a demotion or removal voids it). */
export async function creatorStillGrants(
  client: Client,
  inv: { workspace: { id: string }; role: Role; createdById: string },
): Promise<boolean> {
  const m = await client.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: inv.workspace.id, userId: inv.createdById } },
    select: { role: true, user: { select: { disabledAt: true } } },
  });
  return (
    !!m && !m.user.disabledAt && can(m.role, "members.invite") && grantableRoles(m.role).includes(inv.role)
  );
}

async function assertCreatorStillGrants(
  client: Client,
  inv: { workspace: { id: string }; role: Role; createdById: string },
) {
  if (!(await creatorStillGrants(client, inv)))
    throw new AppError(
      "gone",
      "This invitation is no longer valid: the person who sent it can no longer grant this role. Ask for a new one.",
    );
}

async function openInvitation(token: string) {
  const inv = await db().invitation.findUnique({
    where: { tokenHash: sha256(parseInput(tokenSchema, token)) },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      createdById: true,
      workspace: { select: { id: true, slug: true, name: true } },
    },
  });
  if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt < new Date()) {
    throw new AppError("gone", "This invitation is not valid any more. Ask for a new one.");
  }
  await assertCreatorStillGrants(db(), inv);
  return inv;
}

/** What the invitation page shows before accepting; whether the invitee already has an account. */
export async function previewInvitation(token: string) {
  const inv = await openInvitation(token);
  const existing = await db().user.findUnique({ where: { email: inv.email }, select: { id: true } });
  return {
    email: inv.email,
    role: inv.role,
    workspace: { slug: inv.workspace.slug, name: inv.workspace.name },
    hasAccount: !!existing,
  };
}

/**
 * Accepts an invitation: a signed-in user whose email matches joins; someone new creates
 * their account (name + password) in the same transaction. Single use.
 */
export async function acceptInvitation(actor: Actor | null, token: string, raw: unknown, meta: RequestMeta) {
  const inv = await openInvitation(token);
  const account = actor ? null : parseInput(newAccountSchema.omit({ email: true }), raw);
  const passwordHash = account ? await hashPassword(account.password) : null;
  return db().$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: inv.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (!count) throw new AppError("gone", "This invitation was used already.");
    await assertCreatorStillGrants(tx, inv); // again inside the transaction: a demotion meanwhile counts
    let userId: string;
    if (actor) {
      if (actor.email !== inv.email)
        throw new AppError("forbidden", `This invitation is for ${inv.email}. Sign in with that account.`);
      userId = actor.userId;
    } else {
      if (await tx.user.findUnique({ where: { email: inv.email }, select: { id: true } })) {
        throw new AppError(
          "conflict",
          "An account with this email exists. Sign in first, then open the link again.",
        );
      }
      userId = (
        await tx.user.create({
          data: {
            email: inv.email,
            name: account!.name,
            passwordHash: passwordHash!,
            createdVia: "invitation",
            createdById: inv.createdById,
          },
          select: { id: true },
        })
      ).id;
    }
    await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId: inv.workspace.id, userId } },
      create: { workspaceId: inv.workspace.id, userId, role: inv.role },
      update: {},
    });
    await recordAudit(tx, {
      action: "member.joined",
      actor,
      actorEmail: inv.email,
      meta,
      workspaceId: inv.workspace.id,
      targetType: "invitation",
      targetId: inv.id,
      after: { role: inv.role, newAccount: !actor },
    });
    return { workspaceSlug: inv.workspace.slug, email: inv.email };
  });
}
