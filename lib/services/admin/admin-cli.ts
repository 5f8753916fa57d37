import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import { hashPassword, passwordSchema } from "../../auth/password";
import { clearFailures } from "../../auth/throttle";
import { db } from "../../db";
import { insertApiToken } from "../accounts/api-tokens";
import { AppError, notFound } from "../../errors/app-error";
import { emailSchema, nameSchema, roleSchema } from "../../schemas/account";
import { parseInput } from "../../schemas/parse";

/**
 * Headless operation (`npm run admin -- …`): whoever runs it has the server's database
 * credentials, so these act as the system. Same transactions, same audit as the UI.
 */
const CLI = { actorEmail: "cli", meta: { ip: null, userAgent: "admin-cli" } };
const slugSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/, "lowercase letters, digits and -");

async function userByEmail(email: string) {
  const user = await db().user.findUnique({
    where: { email: parseInput(emailSchema, email) },
    select: { id: true, email: true },
  });
  if (!user) throw notFound("User");
  return user;
}

/**
 * Creates a NEW account and makes it a member of the workspace (created if new). An email that
 * already has an account is refused: reusing it silently would hand that account — and whoever
 * set its password, possibly in another workspace — the role asked for here. `cliAddMember`
 * is the explicit way to add an existing account.
 */
export async function cliCreateUser(raw: unknown) {
  const input = parseInput(
    z.object({
      email: emailSchema,
      workspace: slugSchema,
      role: roleSchema,
      password: passwordSchema,
      name: nameSchema.optional(),
    }),
    raw,
  );
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) {
      throw new AppError(
        "conflict",
        `${input.email} already has an account; nothing was changed. To give that existing account a role, run: add-member --email ${input.email} --workspace ${input.workspace} --role ${input.role}`,
      );
    }
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name ?? input.email.split("@")[0],
        passwordHash,
        createdVia: "admin-cli",
      },
      select: { id: true },
    });
    const ws = await tx.workspace.upsert({
      where: { slug: input.workspace },
      create: { slug: input.workspace, name: input.workspace },
      update: {},
      select: { id: true },
    });
    await tx.membership.create({ data: { workspaceId: ws.id, userId: user.id, role: input.role } });
    await recordAudit(tx, {
      ...CLI,
      action: "cli.user_created",
      workspaceId: ws.id,
      targetType: "user",
      targetId: user.id,
      after: { email: input.email, role: input.role },
    });
    return { userId: user.id, workspaceId: ws.id };
  });
}

/**
 * Adds an EXISTING account to an existing workspace, and tells the operator where the account
 * came from (how, by whom, when), so they can see they are granting rights to someone else's
 * account. Placeholders of restored backups can never become members elsewhere.
 */
export async function cliAddMember(raw: unknown) {
  const input = parseInput(z.object({ email: emailSchema, workspace: slugSchema, role: roleSchema }), raw);
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email: input.email },
      select: {
        id: true,
        placeholder: true,
        disabledAt: true,
        createdVia: true,
        createdById: true,
        createdAt: true,
      },
    });
    if (!user) throw new AppError("not_found", `${input.email} has no account; create it with create-user.`);
    if (user.placeholder)
      throw new AppError(
        "conflict",
        `${input.email} is a placeholder of a restored backup and cannot be a member.`,
      );
    const ws = await tx.workspace.findUnique({ where: { slug: input.workspace }, select: { id: true } });
    if (!ws) throw new AppError("not_found", `No workspace "${input.workspace}".`);
    const member = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: ws.id, userId: user.id } },
      select: { role: true },
    });
    if (member)
      throw new AppError(
        "conflict",
        `${input.email} is already a member of ${input.workspace} (as ${member.role}); nothing was changed.`,
      );
    await tx.membership.create({ data: { workspaceId: ws.id, userId: user.id, role: input.role } });
    const creator = user.createdById
      ? await tx.user.findUnique({ where: { id: user.createdById }, select: { email: true } })
      : null;
    await recordAudit(tx, {
      ...CLI,
      action: "cli.member_added",
      workspaceId: ws.id,
      targetType: "user",
      targetId: user.id,
      after: { email: input.email, role: input.role },
    });
    return {
      userId: user.id,
      workspaceId: ws.id,
      disabled: !!user.disabledAt,
      origin: {
        via: user.createdVia ?? "unknown",
        by: creator?.email ?? (user.createdById ? "a deleted account" : null),
        at: user.createdAt,
      },
    };
  });
}

export async function cliCreateToken(raw: unknown) {
  const input = parseInput(
    z.object({
      email: emailSchema,
      workspace: slugSchema,
      scopes: z.array(z.enum(["read", "write"])).min(1),
      days: z.number().positive().max(365),
      name: z.string().max(100).default("CLI token"),
    }),
    raw,
  );
  const m = await db().membership.findFirst({
    where: { user: { email: input.email }, workspace: { slug: input.workspace } },
    select: { userId: true, workspaceId: true, role: true },
  });
  if (!m) throw new AppError("not_found", `${input.email} is not a member of ${input.workspace}`);
  return db().$transaction(async (tx) => {
    const { row, secret } = await insertApiToken(tx, {
      userId: m.userId,
      workspaceId: m.workspaceId,
      name: input.name,
      scopes: input.scopes,
      days: input.days,
    });
    await recordAudit(tx, {
      ...CLI,
      action: "token.created",
      workspaceId: m.workspaceId,
      targetType: "api_token",
      targetId: row.id,
      after: { name: row.name, scopes: row.scopes, expiresAt: row.expiresAt },
    });
    return secret;
  });
}

export async function cliUnlock(email: string) {
  const user = await userByEmail(email);
  await clearFailures(user.email);
  await db().$transaction((tx) =>
    recordAudit(tx, { ...CLI, action: "auth.account_unlocked", targetType: "user", targetId: user.id }),
  );
}

export async function cliDisableUser(email: string) {
  const user = await userByEmail(email);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await tx.session.updateMany({
      where: { userId: user.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, { ...CLI, action: "auth.user_disabled", targetType: "user", targetId: user.id });
  });
}

/** Revokes every session (or one user's): everyone signs in again on their next request. */
export async function cliRevokeSessions(email: string | null) {
  const userId = email ? (await userByEmail(email)).id : undefined;
  return db().$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { revokedAt: null, ...(userId ? { userId } : {}) },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, {
      ...CLI,
      action: "auth.sessions_revoked",
      targetType: userId ? "user" : "all",
      targetId: userId,
      after: { count },
    });
    return count;
  });
}
