import { NextResponse, type NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current";
import { AppError } from "@/lib/errors/app-error";
import { apiRoute } from "@/lib/http/api";
import { readCatalogueUpload } from "@/lib/http/catalogue-upload";
import { importCatalogue } from "@/lib/services/catalogue-import";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * The UI's upload door (the import form posts here with XMLHttpRequest for its progress bar):
 * authenticated by the session, unlike /api/v1. A cookie-authenticated POST must come from our
 * own pages, so the Origin has to match the host, as Next.js checks for server actions.
 */
function assertSameOrigin(req: NextRequest) {
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = origin ? new URL(origin).host : null;
  } catch {
    originHost = null;
  }
  if (!originHost || originHost !== host) throw new AppError("forbidden", "Cross-origin uploads are refused.");
}

export const POST = apiRoute<{ workspace: string }>(async (req, { workspace }) => {
  assertSameOrigin(req);
  const actor = await currentActor();
  if (!actor) throw new AppError("unauthorized", "Sign in first.");
  const created = await importCatalogue(actor, workspace, await readCatalogueUpload(req));
  return NextResponse.json(created, { status: 201, headers: { "Cache-Control": "no-store" } });
});
