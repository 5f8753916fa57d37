import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { savedComparisonsQuerySchema } from "@/lib/schemas/comparison";
import { savedComparisonsPage } from "@/lib/services/comparisons/saved-comparisons";

export const dynamic = "force-dynamic";

/** One page of saved comparisons with their leaders, for the compare page's list: `?page=N` (session-authenticated). */
export const GET = apiRoute<{ workspace: string }>(async (req: NextRequest, { workspace }) => {
  const q = parseQuery(req, savedComparisonsQuerySchema);
  const page = await savedComparisonsPage(await currentActor(), workspace, q);
  return {
    ...page,
    items: page.items.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      query: c.query,
      vendors: c.vendors,
      top: c.top,
    })),
  };
});
