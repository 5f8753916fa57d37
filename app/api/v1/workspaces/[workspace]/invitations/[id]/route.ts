import { NextResponse } from "next/server";
import { actorFromBearer } from "@/lib/auth/api-token";
import { apiRoute, pathParam } from "@/lib/http/api";
import { revokeInvitation } from "@/lib/services/workspaces/invitations";

export const dynamic = "force-dynamic";

/** Owner/admin: the link stops working at once (410 for whoever opens it). */
export const DELETE = apiRoute<{ workspace: string; id: string }>(async (req, { workspace, id }) => {
  await revokeInvitation(await actorFromBearer(req), workspace, { invitationId: pathParam(id) });
  return new NextResponse(null, { status: 204 });
});
