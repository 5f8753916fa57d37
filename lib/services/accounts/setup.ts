import "server-only";
import { recordAudit } from "../../audit/record";
import type { RequestMeta } from "../../auth/actor";
import { hashPassword } from "../../auth/password";
import { randomToken, sha256 } from "../../auth/secrets";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";
import { fieldIssues } from "../../errors/issue-path";
import { setupSchema } from "../../schemas/account";
import { createWorkspaceWithOwner } from "../workspaces/workspace-create";

const SETUP_HOURS = 24;

/**
 * First run: with no user at all, issue a single-use setup token (printed by the launcher)
 * and void any earlier unused one. Returns null once someone has set the app up.
 */
export async function issueSetupTokenIfNeeded(): Promise<string | null> {
  if ((await db().user.count()) > 0) return null;
  const token = randomToken(32);
  await db().$transaction(async (tx) => {
    await tx.setupToken.updateMany({ where: { usedAt: null }, data: { usedAt: new Date() } });
    await tx.setupToken.create({
      data: { tokenHash: sha256(token), expiresAt: new Date(Date.now() + SETUP_HOURS * 3600_000) },
    });
    await recordAudit(tx, { action: "setup.token_issued" });
  });
  return token;
}

export async function isSetUp() {
  return (await db().user.count()) > 0;
}

const REFUSED = "This setup link is not valid any more. Restart the server to print a new one.";

type SetupTokenRow = { usedAt: Date | null; expiresAt: Date } | null;
const usable = (token: SetupTokenRow, users: number) =>
  !!token && !token.usedAt && token.expiresAt >= new Date() && users === 0;

async function refuse(email: string, meta: RequestMeta): Promise<never> {
  await db().$transaction((tx) => recordAudit(tx, { action: "setup.refused", actorEmail: email, meta }));
  throw new AppError("forbidden", REFUSED);
}

/**
 * Creates the first owner and workspace. Refused for a wrong, used or expired token — checked
 * before the password is hashed, so a request without a valid token costs a lookup, not an
 * argon2 hash; checked again under the lock, where two setups at once meet.
 */
export async function completeSetup(raw: unknown, meta: RequestMeta) {
  const parsed = setupSchema.safeParse(raw);
  if (!parsed.success)
    throw new AppError("validation_failed", "Check the highlighted fields.", fieldIssues(parsed.error));
  const input = parsed.data;
  const tokenHash = sha256(input.token);
  if (!usable(await db().setupToken.findUnique({ where: { tokenHash } }), await db().user.count()))
    return refuse(input.email, meta);
  const passwordHash = await hashPassword(input.password);
  const result = await db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7270002)`; // two setups at once: one wins
    const token = await tx.setupToken.findUnique({ where: { tokenHash } });
    if (!token || !usable(token, await tx.user.count())) return null;
    await tx.setupToken.update({ where: { id: token.id }, data: { usedAt: new Date() } });
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash, createdVia: "setup" },
      select: { id: true, email: true },
    });
    const workspace = await createWorkspaceWithOwner(tx, user.id, input.workspaceName);
    await recordAudit(tx, {
      action: "setup.completed",
      actorEmail: user.email,
      meta,
      workspaceId: workspace.id,
      targetType: "user",
      targetId: user.id,
      after: { email: user.email, workspace: workspace.slug },
    });
    return { userId: user.id, workspaceSlug: workspace.slug };
  });
  return result ?? refuse(input.email, meta);
}
