import { catalogueArchiveRoute } from "@/lib/http/archive-routes";

export const dynamic = "force-dynamic";

export const POST = catalogueArchiveRoute(false);
