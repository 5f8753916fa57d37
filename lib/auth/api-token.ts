import "server-only";
import type { NextRequest } from "next/server";
import { db, pgPool } from "../db";
import { AppError } from "../errors/app-error";
import type { Role } from "../generated/prisma/enums";
import type { Actor } from "./actor";
import { requestMeta } from "./request-meta";
import { sha256 } from "./secrets";

export const TOKEN_PREFIX = "sct_";

// Token, user and the user's membership of the token's workspace in one round trip: every
// /api/v1 call starts here, and the Prisma version of this lookup took three queries' time.
export const LOOKUP_SQL = `SELECT t."id", t."workspaceId", t."scopes", t."lastUsedAt", u."id" AS "userId", u."email", u."mfaEnabledAt" IS NOT NULL AS "mfaEnrolled",
    m."role", w."slug", w."name", w."requireMfa", w."requireSso"
  FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
  LEFT JOIN "Membership" m ON m."userId" = t."userId" AND m."workspaceId" = t."workspaceId"
  LEFT JOIN "Workspace" w ON w."id" = m."workspaceId"
  WHERE t."tokenHash" = $1 AND t."revokedAt" IS NULL AND t."expiresAt" > now() AND u."disabledAt" IS NULL`;

interface TokenRow {
  id: string;
  workspaceId: string;
  scopes: string[];
  lastUsedAt: Date | null;
  userId: string;
  email: string;
  mfaEnrolled: boolean;
  role: Role | null;
  slug: string | null;
  name: string | null;
  requireMfa: boolean | null;
  requireSso: boolean | null;
}

/**
 * /api/v1 authenticates with personal API tokens only: no cookies, hence no CSRF exposure.
 * The token binds the caller to one workspace and its scopes.
 */
export async function actorFromBearer(req: NextRequest): Promise<Actor> {
  const header = req.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(sct_[A-Za-z0-9_-]{43})$/.exec(header.trim());
  if (!match) throw new AppError("unauthorized", "Send a valid API token as `Authorization: Bearer sct_…`.");
  const token = (await pgPool().query<TokenRow>(LOOKUP_SQL, [sha256(match[1])])).rows[0];
  if (!token) throw new AppError("unauthorized", "This API token is unknown, expired or revoked.");
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db()
      .apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } })
      .catch(() => {});
  }
  const membership =
    token.role && token.slug
      ? {
          role: token.role,
          workspace: {
            id: token.workspaceId,
            slug: token.slug,
            name: token.name!,
            requireMfa: !!token.requireMfa,
            requireSso: !!token.requireSso,
          },
        }
      : null;
  return {
    userId: token.userId,
    email: token.email,
    via: "token",
    mfaEnrolled: token.mfaEnrolled,
    token: { id: token.id, workspaceId: token.workspaceId, scopes: token.scopes, membership },
    ...requestMeta(req.headers),
  };
}
