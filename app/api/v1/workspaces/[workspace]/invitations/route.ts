import { NextResponse } from "next/server";
import { z } from "zod";
import { actorFromBearer } from "@/lib/auth/api-token";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { readJsonBody } from "@/lib/http/body";
import { pageQuery } from "@/lib/http/pagination";
import { inviteMember, listInvitationsPage } from "@/lib/services/workspaces/invitations";

export const dynamic = "force-dynamic";

/** Pending invitations (owner/admin): newest first, `limit` per page, `nextCursor` for the next. */
export const GET = apiRoute<{ workspace: string }>(async (req, { workspace }) => {
  const page = parseQuery(req, z.object(pageQuery));
  const { items, nextCursor } = await listInvitationsPage(await actorFromBearer(req), workspace, page);
  return { invitations: items, nextCursor };
});

/**
 * Needs a token with the write scope, of an owner or admin. No Idempotency-Key: the answer
 * holds the one-time link, which is stored only as a hash and so can never be replayed.
 */
export const POST = apiRoute<{ workspace: string }>(async (req, { workspace }) => {
  const actor = await actorFromBearer(req);
  const inv = await inviteMember(actor, workspace, await readJsonBody(req, 16 * 1024));
  return NextResponse.json(
    { id: inv.id, url: inv.url, expiresAt: inv.expiresAt, existingAccount: inv.existingAccount },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
});
