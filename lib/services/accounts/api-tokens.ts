import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import { requireSessionActor, type Actor } from "../../auth/actor";
import { TOKEN_PREFIX } from "../../auth/api-token";
import { authorize } from "../../auth/authorize";
import { mayHoldWriteTokens } from "../../auth/policy";
import { randomToken, sha256 } from "../../auth/secrets";
import { db, type Prisma } from "../../db";
import { AppError } from "../../errors/app-error";
import { apiTokenSchema } from "../../schemas/account";
import { parseInput } from "../../schemas/parse";
import { requireStepUp } from "./step-up";

/** Tokens are made in the UI (or CLI), never by another token: a leaked token cannot breed. */
function noTokenCallers(actor: Actor | null) {
  if (actor?.via === "token") throw new AppError("forbidden", "API tokens cannot manage tokens.");
}

export async function listMyTokens(actor: Actor | null, slug: string) {
  const { workspace, actor: me } = await authorize(actor, slug, "tokens.manageOwn");
  return db().apiToken.findMany({
    where: { workspaceId: workspace.id, userId: me.userId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdAt: true,
    },
  });
}

/** Returns the token once; only its SHA-256 is stored. Needs a step-up (`raw.password` or a recent one). */
export async function createToken(actor: Actor | null, slug: string, raw: unknown) {
  noTokenCallers(actor);
  const { workspace, role, actor: me } = await authorize(actor, slug, "tokens.manageOwn");
  const input = parseInput(apiTokenSchema, raw);
  if (!mayHoldWriteTokens(role) && input.scopes.includes("write")) {
    throw new AppError("validation_failed", "Viewers can create read-only tokens.", [
      { field: "scopes", message: "Viewers can create read-only tokens." },
    ]);
  }
  // A token outlives the session that made it: minting one needs the password re-entered.
  await requireStepUp(me, raw);
  return db().$transaction(async (tx) => {
    const { row, secret } = await insertApiToken(tx, {
      userId: me.userId,
      workspaceId: workspace.id,
      name: input.name,
      scopes: input.scopes,
      days: input.expiresInDays,
    });
    await recordAudit(tx, {
      action: "token.created",
      actor: me,
      workspaceId: workspace.id,
      targetType: "api_token",
      targetId: row.id,
      after: { name: row.name, scopes: row.scopes, expiresAt: row.expiresAt },
    });
    return { ...row, token: secret };
  });
}

/** Mints a token (UI and CLI alike): the secret is returned once; only its SHA-256 is stored. */
export async function insertApiToken(
  tx: Prisma.TransactionClient,
  t: { userId: string; workspaceId: string; name: string; scopes: string[]; days: number },
) {
  const secret = `${TOKEN_PREFIX}${randomToken(32)}`;
  const row = await tx.apiToken.create({
    data: {
      userId: t.userId,
      workspaceId: t.workspaceId,
      name: t.name,
      prefix: secret.slice(0, 12),
      tokenHash: sha256(secret),
      scopes: [...new Set(t.scopes)],
      expiresAt: new Date(Date.now() + t.days * 86_400_000),
    },
    select: { id: true, name: true, scopes: true, expiresAt: true },
  });
  return { row, secret };
}

export async function revokeToken(actor: Actor | null, slug: string, raw: unknown) {
  noTokenCallers(actor);
  const { workspace, actor: me } = await authorize(actor, slug, "tokens.manageOwn");
  const { tokenId } = parseInput(z.object({ tokenId: z.uuid() }), raw);
  await db().$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, workspaceId: workspace.id, userId: me.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (!count) throw new AppError("not_found", "Token not found");
    await recordAudit(tx, {
      action: "token.revoked",
      actor: me,
      workspaceId: workspace.id,
      targetType: "api_token",
      targetId: tokenId,
    });
  });
}

/** The user's live tokens in every workspace, for "sign out everywhere" on the account page. */
export async function listAllMyTokens(actor: Actor | null) {
  const a = requireSessionActor(actor);
  return db().apiToken.findMany({
    where: { userId: a.userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      expiresAt: true,
      lastUsedAt: true,
      workspace: { select: { slug: true, name: true } },
    },
  });
}

/** One click ends every token of the user (all workspaces); one audit row says how many. */
export async function revokeAllMyTokens(actor: Actor | null) {
  const a = requireSessionActor(actor);
  return db().$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { userId: a.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, {
      action: "token.revoked_all",
      actor: a,
      targetType: "user",
      targetId: a.userId,
      after: { tokensRevoked: count },
    });
    return { revoked: count };
  });
}
