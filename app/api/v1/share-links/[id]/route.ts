import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { tokenContext } from "@/lib/http/token-context";
import { revokeShareLink } from "@/lib/services/sharing/share-links";

export const dynamic = "force-dynamic";

/** The link's creator or an owner/admin; the public link answers 410 from the next request on. */
export const DELETE = apiRoute<{ id: string }>(async (req, { id }) => {
  const { actor, slug } = await tokenContext(req);
  await revokeShareLink(actor, slug, id);
  return new NextResponse(null, { status: 204 });
});
