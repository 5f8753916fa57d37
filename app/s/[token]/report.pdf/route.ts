import type { NextRequest } from "next/server";
import { requestMeta } from "@/lib/auth/request-meta";
import { apiRoute } from "@/lib/http/api";
import { pdfResponse } from "@/lib/pdf/response";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { sharedReport } from "@/lib/services/reports/reports";
import { peekShareLink } from "@/lib/services/sharing/share-links";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// The token is the only credential: keep it out of caches, indexes and Referer headers.
const PRIVATE = { "X-Robots-Tag": "noindex, nofollow", "Referrer-Policy": "no-referrer" };

/** A share link's PDF: its frozen snapshot only; the link is checked on every request. */
export const GET = apiRoute<{ token: string }>(async (req: NextRequest, { token }) => {
  const meta = requestMeta(req.headers);
  // Before the link is read: an anonymous PDF is the costliest request there is.
  await enforceRateLimit("sharePdf", { meta });
  const profile = req.nextUrl.searchParams.get("profile") || undefined;
  const report = await sharedReport(token, meta, { profile });
  if (report) return pdfResponse(report, PRIVATE);
  const gone = (await peekShareLink(token)) === "gone";
  return Response.json(
    {
      error: {
        code: gone ? "gone" : "not_found",
        message: gone ? "This shared link has expired or was revoked." : "This link does not exist.",
      },
    },
    { status: gone ? 410 : 404, headers: { ...PRIVATE, "Cache-Control": "no-store" } },
  );
});
