import { archiveRoute } from "@/lib/http/framework-archive";

export const dynamic = "force-dynamic";

/** Brings an archived framework back into the default list. */
export const POST = archiveRoute(false);
