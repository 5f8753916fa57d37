import { catalogueArchiveRoute } from "@/lib/http/data-archive";

export const dynamic = "force-dynamic";

export const POST = catalogueArchiveRoute(true);
