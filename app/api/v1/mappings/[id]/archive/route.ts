import { mappingArchiveRoute } from "@/lib/http/data-archive";

export const dynamic = "force-dynamic";

export const POST = mappingArchiveRoute(true);
