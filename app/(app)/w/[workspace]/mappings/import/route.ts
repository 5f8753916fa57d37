import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/current";
import { AppError } from "@/lib/errors/app-error";
import { apiRoute } from "@/lib/http/api";
import { readCatalogueUpload } from "@/lib/http/catalogue-upload";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { importMappingSets } from "@/lib/services/catalogues/mapping-sets";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * The UI's upload door for mapping files (the import form posts here for its progress bar):
 * session-authenticated, so same origin only; the same service as POST /api/v1/mappings/import.
 */
export const POST = apiRoute<{ workspace: string }>(async (req, { workspace }) => {
  assertSameOrigin(req);
  const actor = await currentActor();
  if (!actor) throw new AppError("unauthorized", "Sign in first.");
  const created = await importMappingSets(actor, workspace, await readCatalogueUpload(req, {}, "mapping"));
  return NextResponse.json(created, { status: 201, headers: { "Cache-Control": "no-store" } });
});
