import { archiveRoute } from "@/lib/http/framework-archive";

export const dynamic = "force-dynamic";

/** Archived frameworks leave the default list; their evaluations stay intact. */
export const POST = archiveRoute(true);
