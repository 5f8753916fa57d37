import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { cellReviewsQuerySchema } from "@/lib/schemas/comparison";
import { loadCellReviews } from "@/lib/services/comparisons/comparisons";

export const dynamic = "force-dynamic";

/** One cell's reviews for the compare page's popover: `?e=<evaluation>&c=<criterion>` (session-authenticated, blind rule applied). */
export const GET = apiRoute<{ workspace: string }>(async (req: NextRequest, { workspace }) => {
  const q = parseQuery(req, cellReviewsQuerySchema);
  return loadCellReviews(await currentActor(), workspace, q.e, q.c);
});
