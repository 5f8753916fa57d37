import { BUSY_RETRY_AFTER_S, databaseFailure } from "@/lib/http/database-errors";
import { requestMeta } from "@/lib/auth/request-meta";
import { hitRateLimit, rateLimitMessage } from "@/lib/rate-limit/limiter";
import { peekShareLink } from "@/lib/services/sharing/share-links";

export const dynamic = "force-dynamic";

// A share link's token is its only credential: keep it out of caches, indexes and Referer headers.
const PRIVATE_HEADERS = {
  "X-Robots-Tag": "noindex, nofollow",
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
};

/**
 * A fixed page with no user-controlled text. The CSP allows style attributes only (no
 * <style> element, no script), hence the inline attributes.
 */
function page(
  status: 404 | 410 | 429 | 503,
  title: string,
  message: string,
  headers: Record<string, string> = {},
) {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${title}</title></head>
<body style="margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#f8fafc;color:#0f172a;font-family:system-ui,-apple-system,'Segoe UI',sans-serif">
<main style="max-width:28rem;margin:1.5rem;padding:2rem;border:1px solid #e2e8f0;border-radius:0.75rem;background:#fff;text-align:center">
<p style="margin:0 0 0.5rem;font-size:0.8rem;color:#64748b;letter-spacing:0.05em;text-transform:uppercase">IoT Framework Security Scorecard · ${status}</p>
<h1 style="margin:0 0 0.75rem;font-size:1.35rem;font-weight:600">${title}</h1>
<p style="margin:0;font-size:0.95rem;line-height:1.5;color:#475569">${message}</p>
</main></body></html>`;
  return new Response(html, {
    status,
    headers: { ...PRIVATE_HEADERS, ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
}

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // Counted before the token is looked at: guessing tokens costs the same as opening one.
  // A fixed HTML page rather than apiRoute's JSON: the visitor is a browser.
  const state = await (async () => {
    const limited = await hitRateLimit("shareView", { meta: requestMeta(req.headers) });
    if (!limited.allowed) return limited;
    return peekShareLink(token);
  })().catch((err) => {
    const failure = databaseFailure(err);
    if (failure) return failure;
    throw err;
  });
  if (state === "busy")
    return page(
      503,
      "Busy",
      "The service has more requests than it can take right now. Try again in a moment.",
      { "Retry-After": String(BUSY_RETRY_AFTER_S) },
    );
  if (state === "unavailable")
    return page(
      503,
      "Temporarily unavailable",
      "The service cannot reach its database right now. Try again in a minute.",
    );
  if (typeof state === "object")
    return page(429, "Too many requests", rateLimitMessage(state.retryAfterSeconds), {
      "Retry-After": String(state.retryAfterSeconds),
    });
  if (state === "unknown")
    return page(
      404,
      "This link does not exist",
      "Check that the address was copied completely, or ask the person who shared it for a new link.",
    );
  if (state === "gone")
    return page(
      410,
      "This shared link is no longer available",
      "It has expired or was revoked by the workspace that shared it. Ask them for a new link if you still need the comparison.",
    );
  // peekShareLink accepted the token's shape (base64url), so it is safe in a path. Relative:
  // the origin seen here may be an internal one behind a reverse proxy.
  return new Response(null, { status: 307, headers: { ...PRIVATE_HEADERS, Location: `/s/${token}/view` } });
}
