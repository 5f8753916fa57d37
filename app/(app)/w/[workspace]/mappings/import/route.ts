import { sessionImportRoute } from "@/lib/http/session-upload";
import { importMappingSets } from "@/lib/services/catalogues/mapping-sets";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The mapping import form's upload (session, same origin): the service of POST /api/v1/mappings/import. */
export const POST = sessionImportRoute("mapping", importMappingSets);
