import { frameworkArchiveRoute } from "@/lib/http/archive-routes";

export const dynamic = "force-dynamic";

/** Archived frameworks leave the default list; their evaluations stay intact. */
export const POST = frameworkArchiveRoute(true);
