import { NextResponse } from "next/server";
import { z } from "zod";
import { actorFromBearer } from "@/lib/auth/api-token";
import { apiRoute, pathParam } from "@/lib/http/api";
import { readJsonBody } from "@/lib/http/body";
import { parseInput } from "@/lib/schemas/parse";
import { changeRole, removeMember } from "@/lib/services/workspaces/members";

export const dynamic = "force-dynamic";

/** The member is the path's user id; the body names the new role (owners move by transfer). */
export const PATCH = apiRoute<{ workspace: string; id: string }>(async (req, { workspace, id }) => {
  const actor = await actorFromBearer(req);
  const { role } = parseInput(z.object({ role: z.unknown() }).strict(), await readJsonBody(req, 4 * 1024));
  await changeRole(actor, workspace, { userId: pathParam(id), role });
  return { id: pathParam(id), role };
});

/** Owner/admin removes a member (or a token's own user leaves); the member's tokens are revoked. */
export const DELETE = apiRoute<{ workspace: string; id: string }>(async (req, { workspace, id }) => {
  await removeMember(await actorFromBearer(req), workspace, { userId: pathParam(id) });
  return new NextResponse(null, { status: 204 });
});
