import { sessionImportRoute } from "@/lib/http/session-upload";
import { importCatalogue } from "@/lib/services/catalogues/catalogue-import";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The catalogue import form's upload (session, same origin): the service of POST /api/v1/catalogues/import. */
export const POST = sessionImportRoute("catalogue", importCatalogue);
