import { frameworkArchiveRoute } from "@/lib/http/archive-routes";

export const dynamic = "force-dynamic";

/** Brings an archived framework back into the default list. */
export const POST = frameworkArchiveRoute(false);
