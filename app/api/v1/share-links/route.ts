import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { readJsonBody } from "@/lib/http/body";
import { pageQuery } from "@/lib/http/pagination";
import { tokenContext } from "@/lib/http/token-context";
import { createShareLink, listShareLinksPage } from "@/lib/services/sharing/share-links";

export const dynamic = "force-dynamic";

/** Newest first (active, expired and revoked), `limit` per page; `nextCursor` asks for the next. */
export const GET = apiRoute(async (req) => {
  const page = parseQuery(req, z.object(pageQuery));
  const { actor, slug } = await tokenContext(req);
  const { items, nextCursor } = await listShareLinksPage(actor, slug, page);
  return { shareLinks: items, nextCursor };
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
