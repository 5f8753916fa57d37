import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { readCatalogueUpload } from "@/lib/http/catalogue-upload";
import { tokenContext } from "@/lib/http/token-context";
import { importCatalogue } from "@/lib/services/catalogues/catalogue-import";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// The token is checked before the body is read: an anonymous 5 MB upload costs us nothing.
export const POST = apiRoute(async (req) => {
  const query = parseQuery(req, z.object({ version: z.string().max(50).optional() }));
  const { actor, slug } = await tokenContext(req);
  const upload = await readCatalogueUpload(req, query.version ? { version: query.version } : {});
  const created = await importCatalogue(actor, slug, upload);
  return NextResponse.json(created, { status: 201, headers: { "Cache-Control": "no-store" } });
});
