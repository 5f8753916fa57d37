import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/current";
import { AppError } from "@/lib/errors/app-error";
import { apiRoute } from "@/lib/http/api";
import { readCatalogueUpload } from "@/lib/http/catalogue-upload";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { importCatalogue } from "@/lib/services/catalogues/catalogue-import";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * The UI's upload door (the import form posts here for its progress bar): authenticated by the
 * session, unlike /api/v1, so the request must come from our own pages (same origin).
 */
export const POST = apiRoute<{ workspace: string }>(async (req, { workspace }) => {
  assertSameOrigin(req);
  const actor = await currentActor();
  if (!actor) throw new AppError("unauthorized", "Sign in first.");
  const created = await importCatalogue(actor, workspace, await readCatalogueUpload(req));
  return NextResponse.json(created, { status: 201, headers: { "Cache-Control": "no-store" } });
});
