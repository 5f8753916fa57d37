import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { grantableRoles } from "../../auth/policy";
import { db, type Prisma } from "../../db";
import { AppError, notFound } from "../../errors/app-error";
import { decodeCursor, pageOf, type PageArgs } from "../../http/pagination";
import { roleSchema } from "../../schemas/account";
import { parseInput } from "../../schemas/parse";

const userIdSchema = z.object({ userId: z.uuid("Unknown member.") });

export async function listMembers(actor: Actor | null, slug: string) {
  const { workspace } = await authorize(actor, slug, "members.list");
  const rows = await db().membership.findMany({
    where: { workspaceId: workspace.id },
    orderBy: [{ role: "asc" }, { user: { email: "asc" } }],
    select: {
      role: true,
      createdAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          mfaEnabledAt: true,
          disabledAt: true,
          lastSignInAt: true,
          placeholder: true,
        },
      },
    },
  });
  return rows.map((r) => ({
    ...r.user,
    role: r.role,
    joinedAt: r.createdAt,
    mfa: !!r.user.mfaEnabledAt,
    disabled: !!r.user.disabledAt,
  }));
}

/**
 * The API's list: newest member first, one page at a time. A membership's key is its user, so
 * the cursor's tie-break is the user id (lib/http/pagination.ts names it `id`).
 */
export async function listMembersPage(actor: Actor | null, slug: string, page: PageArgs) {
  const { workspace } = await authorize(actor, slug, "members.list");
  const after = page.cursor ? decodeCursor(page.cursor) : null;
  const rows = await db().membership.findMany({
    where: {
      workspaceId: workspace.id,
      ...(after
        ? {
            OR: [
              { createdAt: { lt: after.createdAt } },
              { createdAt: after.createdAt, userId: { lt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { userId: "desc" }],
    take: page.limit + 1,
    select: {
      role: true,
      createdAt: true,
      user: { select: { id: true, email: true, name: true, mfaEnabledAt: true, disabledAt: true } },
    },
  });
  return pageOf(
    rows.map((r) => ({
      id: r.user.id,
      email: r.user.email,
      name: r.user.name,
      role: r.role,
      mfa: !!r.user.mfaEnabledAt,
      disabled: !!r.user.disabledAt,
      createdAt: r.createdAt,
    })),
    page,
  );
}

async function ownerCount(tx: Prisma.TransactionClient, workspaceId: string) {
  return tx.membership.count({ where: { workspaceId, role: "owner" } });
}

export async function changeRole(actor: Actor | null, slug: string, raw: unknown) {
  const { workspace, role: myRole, actor: me } = await authorize(actor, slug, "members.changeRole");
  const { userId, role } = parseInput(userIdSchema.extend({ role: roleSchema }), raw);
  if (!grantableRoles(myRole).includes(role))
    throw new AppError(
      "forbidden",
      role === "owner" ? "Ownership moves by transfer." : "You cannot grant this role.",
    );
  return db().$transaction(async (tx) => {
    const m = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId } },
    });
    if (!m) throw notFound("Member");
    if (m.role === "owner") throw new AppError("conflict", "Owners change role by transferring ownership.");
    await tx.membership.update({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId } },
      data: { role },
    });
    await recordAudit(tx, {
      action: "member.role_changed",
      actor: me,
      workspaceId: workspace.id,
      targetType: "user",
      targetId: userId,
      before: { role: m.role },
      after: { role },
    });
  });
}

/** Removes a member (admins) or leaves (anyone, own membership). The last owner cannot go. */
export async function removeMember(actor: Actor | null, slug: string, raw: unknown) {
  const { userId } = parseInput(userIdSchema, raw);
  // The unchecked actor only picks which permission `authorize` checks (leaving needs none
  // beyond membership); everything after the gate uses the checked `me`.
  const self = actor?.userId === userId;
  const {
    workspace,
    role: myRole,
    actor: me,
  } = await authorize(actor, slug, self ? "workspace.read" : "members.remove");
  return db().$transaction(async (tx) => {
    const m = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId } },
    });
    if (!m) throw notFound("Member");
    if (m.role === "owner" && !self && myRole !== "owner")
      throw new AppError("forbidden", "Only an owner can remove an owner.");
    if (m.role === "owner" && (await ownerCount(tx, workspace.id)) <= 1) {
      throw new AppError("conflict", "The last owner cannot leave. Transfer ownership first.");
    }
    await tx.membership.delete({ where: { workspaceId_userId: { workspaceId: workspace.id, userId } } });
    await tx.apiToken.updateMany({
      where: { workspaceId: workspace.id, userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, {
      action: self ? "member.left" : "member.removed",
      actor: me,
      workspaceId: workspace.id,
      targetType: "user",
      targetId: userId,
      before: { role: m.role },
    });
  });
}

/** The owner hands ownership to another member and becomes an admin. */
export async function transferOwnership(actor: Actor | null, slug: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, slug, "members.transferOwnership");
  const { userId } = parseInput(userIdSchema, raw);
  if (userId === me.userId)
    throw new AppError("validation_failed", "Choose another member.", [
      { field: "userId", message: "Choose another member." },
    ]);
  return db().$transaction(async (tx) => {
    const target = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId } },
    });
    if (!target) throw notFound("Member");
    await tx.membership.update({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId } },
      data: { role: "owner" },
    });
    await tx.membership.update({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: me.userId } },
      data: { role: "admin" },
    });
    await recordAudit(tx, {
      action: "member.ownership_transferred",
      actor: me,
      workspaceId: workspace.id,
      targetType: "user",
      targetId: userId,
      before: { role: target.role },
      after: { role: "owner", previousOwnerRole: "admin" },
    });
  });
}
