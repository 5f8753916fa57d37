import "server-only";
import type { NextRequest } from "next/server";
import { requestMeta } from "../auth/request-meta";
import { hitRateLimit, rateLimitedResponse, rateLimitMessage } from "../rate-limit/limiter";
import { BUSY_RETRY_AFTER_S, databaseFailure } from "./database-errors";

type AuthContext = { params: Promise<{ nextauth?: string[] }> };

/** next-auth picks its action from the decoded route segments, so the limit reads those, not the
 * raw path: `callback/credentials/x` or `callback/%63redentials` are the same sign-in to it. */
const SIGN_IN_ACTIONS = new Set(["callback", "signin"]);

/**
 * Wraps next-auth's route: every sign-in attempt (a POST to its callback or sign-in action)
 * counts against the per-IP `signIn` limit before next-auth or argon2 run. The per-account
 * failure throttle (lib/auth/throttle.ts) still applies behind it. The 429 body also carries
 * `url` with the message as `error`, which is what next-auth's client reads, so the form shows it.
 */
export function limitSignInAttempts(handler: (req: NextRequest, ctx: AuthContext) => Promise<Response>) {
  return async (req: NextRequest, ctx: AuthContext): Promise<Response> => {
    const action = (await ctx.params)?.nextauth?.[0];
    if (req.method === "POST" && action && SIGN_IN_ACTIONS.has(action)) {
      const back = (message: string) => {
        const url = new URL("/sign-in", req.url);
        url.searchParams.set("error", message);
        return url.toString();
      };
      try {
        const verdict = await hitRateLimit("signIn", { meta: requestMeta(req.headers) });
        if (!verdict.allowed)
          return rateLimitedResponse(verdict, { url: back(rateLimitMessage(verdict.retryAfterSeconds)) });
      } catch (err) {
        const failure = databaseFailure(err);
        if (!failure) throw err;
        const message =
          failure === "busy"
            ? "The server is busy. Try again in a moment."
            : "Sign-in is unavailable right now. Try again shortly.";
        return Response.json(
          { error: { code: failure, message }, url: back(message) },
          {
            status: 503,
            headers: {
              "Cache-Control": "no-store",
              "Retry-After": failure === "busy" ? String(BUSY_RETRY_AFTER_S) : "5",
            },
          },
        );
      }
    }
    return handler(req, ctx);
  };
}
