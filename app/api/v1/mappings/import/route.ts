import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { readCatalogueUpload } from "@/lib/http/catalogue-upload";
import { tokenContext } from "@/lib/http/token-context";
import { importMappingSets } from "@/lib/services/catalogues/mapping-sets";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// An OSCAL 1.2 mapping-collection (application/json) or a CISO Assistant mapping library
// (application/yaml), or a multipart upload; the token is checked before the body is read.
export const POST = apiRoute(async (req) => {
  const { actor, slug } = await tokenContext(req);
  const upload = await readCatalogueUpload(req, {}, "mapping");
  const created = await importMappingSets(actor, slug, upload);
  return NextResponse.json(created, { status: 201, headers: { "Cache-Control": "no-store" } });
});
