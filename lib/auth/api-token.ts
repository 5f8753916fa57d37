import "server-only";
import type { NextRequest } from "next/server";
import { db } from "../db";
import { AppError } from "../errors/app-error";
import type { Actor } from "./actor";
import { requestMeta } from "./request-meta";
import { sha256 } from "./secrets";

export const TOKEN_PREFIX = "sct_";

/**
 * /api/v1 authenticates with personal API tokens only: no cookies, hence no CSRF exposure.
 * The token binds the caller to one workspace and its scopes.
 */
export async function actorFromBearer(req: NextRequest): Promise<Actor> {
  const header = req.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(sct_[A-Za-z0-9_-]{43})$/.exec(header.trim());
  if (!match) throw new AppError("unauthorized", "Send a valid API token as `Authorization: Bearer sct_…`.");
  const token = await db().apiToken.findFirst({
    where: { tokenHash: sha256(match[1]), revokedAt: null, expiresAt: { gt: new Date() }, user: { disabledAt: null } },
    select: { id: true, workspaceId: true, scopes: true, lastUsedAt: true, user: { select: { id: true, email: true, mfaEnabledAt: true } } },
  });
  if (!token) throw new AppError("unauthorized", "This API token is unknown, expired or revoked.");
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  }
  return {
    userId: token.user.id, email: token.user.email, via: "token", mfaEnrolled: !!token.user.mfaEnabledAt,
    token: { id: token.id, workspaceId: token.workspaceId, scopes: token.scopes }, ...requestMeta(req.headers),
  };
}
