import "server-only";
import type { NextRequest } from "next/server";
import { requestMeta } from "../auth/request-meta";
import { hitRateLimit, rateLimitedResponse, rateLimitMessage } from "../rate-limit/limiter";

const CREDENTIALS_CALLBACK = /\/api\/auth\/callback\/credentials\/?$/;

/**
 * Wraps next-auth's route: every sign-in attempt (the credentials POST) counts against the
 * per-IP `signIn` limit before next-auth or argon2 run. The per-account failure throttle
 * (lib/auth/throttle.ts) still applies behind it. The 429 body also carries `url` with the
 * message as `error`, which is what next-auth's client reads, so the form shows it.
 */
export function limitSignInAttempts<C>(handler: (req: NextRequest, ctx: C) => Promise<Response>) {
  return async (req: NextRequest, ctx: C): Promise<Response> => {
    if (req.method === "POST" && CREDENTIALS_CALLBACK.test(req.nextUrl.pathname)) {
      const verdict = await hitRateLimit("signIn", { meta: requestMeta(req.headers) });
      if (!verdict.allowed) {
        const url = new URL("/sign-in", req.url);
        url.searchParams.set("error", rateLimitMessage(verdict.retryAfterSeconds));
        return rateLimitedResponse(verdict, { url: url.toString() });
      }
    }
    return handler(req, ctx);
  };
}
