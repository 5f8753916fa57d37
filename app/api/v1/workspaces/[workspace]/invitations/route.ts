import { NextResponse } from "next/server";
import { actorFromBearer } from "@/lib/auth/api-token";
import { apiRoute } from "@/lib/http/api";
import { readJsonBody } from "@/lib/http/body";
import { inviteMember } from "@/lib/services/workspaces/invitations";

export const dynamic = "force-dynamic";

/** Needs a token with the write scope, of an owner or admin. */
export const POST = apiRoute<{ workspace: string }>(async (req, { workspace }) => {
  const actor = await actorFromBearer(req);
  const inv = await inviteMember(actor, workspace, await readJsonBody(req, 16 * 1024));
  return NextResponse.json(
    { id: inv.id, url: inv.url, expiresAt: inv.expiresAt, existingAccount: inv.existingAccount },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
});
