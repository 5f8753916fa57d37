import { z } from "zod";
import { actorFromBearer } from "@/lib/auth/api-token";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { pageQuery } from "@/lib/http/pagination";
import { listMembersPage } from "@/lib/services/workspaces/members";

export const dynamic = "force-dynamic";

/** Newest member first, `limit` per page; `nextCursor` asks for the next one (null on the last). */
export const GET = apiRoute<{ workspace: string }>(async (req, { workspace }) => {
  const page = parseQuery(req, z.object(pageQuery));
  const { items, nextCursor } = await listMembersPage(await actorFromBearer(req), workspace, page);
  return { members: items.map(({ createdAt, ...m }) => ({ ...m, joinedAt: createdAt })), nextCursor };
});
