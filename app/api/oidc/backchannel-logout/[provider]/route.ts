import type { NextRequest } from "next/server";
import { oidcProvider } from "@/lib/auth/oidc/config";
import { requestMeta } from "@/lib/auth/request-meta";
import { apiRoute, pathParam } from "@/lib/http/api";
import { readBodyLimited } from "@/lib/http/body";
import { AppError, notFound } from "@/lib/errors/app-error";
import { hitRateLimit, rateLimitMessage } from "@/lib/rate-limit/limiter";
import { backchannelLogout } from "@/lib/services/sso/backchannel";

export const dynamic = "force-dynamic";

/**
 * The provider's back-channel logout call (OpenID Connect Back-Channel Logout 1.0): a form
 * POST with `logout_token`. 200 once the sessions are ended; 400 for a token we refuse.
 */
export const POST = apiRoute<{ provider: string }>(async (req: NextRequest, { provider: id }) => {
  const provider = oidcProvider(pathParam(id));
  if (!provider) throw notFound("Provider");
  const meta = requestMeta(req.headers);
  const limited = await hitRateLimit("backchannelLogout", { meta });
  if (!limited.allowed)
    throw new AppError("rate_limited", rateLimitMessage(limited.retryAfterSeconds), [], {
      retryAfter: limited.retryAfterSeconds,
    });
  if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers.get("content-type") ?? ""))
    throw new AppError("validation_failed", "Send the logout token as application/x-www-form-urlencoded.", [
      { field: "content-type", message: "must be application/x-www-form-urlencoded" },
    ]);
  const body = new URLSearchParams((await readBodyLimited(req, 16 * 1024)).toString("utf8"));
  const token = body.get("logout_token");
  if (!token)
    throw new AppError("validation_failed", "logout_token is required.", [
      { field: "logout_token", message: "Required." },
    ]);
  await backchannelLogout(provider, token, meta);
  return new Response(null, { status: 200, headers: { "Cache-Control": "no-store" } });
});
