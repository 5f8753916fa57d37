import { mappingArchiveRoute } from "@/lib/http/archive-routes";

export const dynamic = "force-dynamic";

export const POST = mappingArchiveRoute(true);
