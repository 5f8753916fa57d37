import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { readJsonBody } from "@/lib/http/body";
import { tokenContext } from "@/lib/http/token-context";
import { createShareLink, listShareLinks } from "@/lib/services/sharing/share-links";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (req) => {
  parseQuery(req, z.object({}));
  const { actor, slug } = await tokenContext(req);
  return { shareLinks: await listShareLinks(actor, slug) };
});

/** The link's URL is shown once: only a hash of its token is stored. */
export const POST = apiRoute(async (req) => {
  const { actor, slug } = await tokenContext(req);
  const link = await createShareLink(actor, slug, await readJsonBody(req, 16 * 1024));
  return NextResponse.json(
    { id: link.id, url: link.url, expiresAt: link.expiresAt },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
});
