import "server-only";
import { cache } from "react";
import { pgPool } from "../db";
import type { Role } from "../generated/prisma/enums";
import type { TokenMembership } from "./actor";

/**
 * Every workspace membership of a user, by workspace name: what `authorize` checks and what the
 * workspace switcher lists. One statement, and React's per-request `cache` makes it one per
 * page render however many services the layout and page call (outside a render — API
 * routes, actions, tests — `cache` is a pass-through, so every call reads the database afresh).
 */
export const membershipsOf = cache(async (userId: string): Promise<TokenMembership[]> => {
  const { rows } = await pgPool().query<{
    role: Role;
    id: string;
    slug: string;
    name: string;
    requireMfa: boolean;
    requireSso: boolean;
  }>(
    `SELECT m.role, w.id, w.slug, w.name, w."requireMfa", w."requireSso" FROM "Membership" m JOIN "Workspace" w ON w.id = m."workspaceId"
     WHERE m."userId" = $1 ORDER BY w.name`,
    [userId],
  );
  return rows.map(({ role, ...workspace }) => ({ role, workspace }));
});
