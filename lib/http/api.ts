import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { AppError } from "../errors/app-error";
import { fieldIssues } from "../errors/issue-path";
import { BUSY_MESSAGE, BUSY_RETRY_AFTER_S, databaseFailure } from "./database-errors";

type Handler<P> = (req: NextRequest, params: P) => Promise<unknown>;

const noStore = { "Cache-Control": "no-store" };

export function jsonError(
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  // A refusal that says when to come back (429 rate_limited, 503 busy) carries it as Retry-After too.
  const all: Record<string, string> = { ...noStore, ...headers };
  if (typeof extra.retryAfter === "number") all["Retry-After"] = String(Math.ceil(extra.retryAfter));
  return NextResponse.json({ error: { code, message, ...extra } }, { status, headers: all });
}

/** An error that says when to come back (`details.retryAfter`, seconds) says it in the header too. */
const retryAfter = (err: AppError): Record<string, string> =>
  typeof err.details.retryAfter === "number"
    ? { "Retry-After": String(Math.ceil(err.details.retryAfter)) }
    : {};

/**
 * Wraps a route handler: expected errors become `{"error":{"code","message"}}` with their
 * 4xx status; a lost database becomes a fast 503 `unavailable`, an exhausted connection pool a
 * 503 `busy` with Retry-After; anything else is logged with a request id and answered with a
 * generic 500 — never a stack trace. Work for a client that already hung up is not started.
 */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>) {
  return async (req: NextRequest, ctx: { params: Promise<P> }) => {
    // Next aborts req.signal when the client disconnects (e.g. it gave up while the request
    // waited for admission or a connection): nobody would read the answer, so do nothing.
    if (req.signal?.aborted) return new Response(null, { status: 499 });
    try {
      const body = await handler(req, await ctx.params);
      return body instanceof Response ? body : NextResponse.json(body, { headers: noStore });
    } catch (err) {
      // The client hung up mid-request (reading its body fails with "aborted", ECONNRESET):
      // its own socket, not the database; and nobody reads this answer.
      if (req.signal?.aborted) return new Response(null, { status: 499 });
      if (err instanceof AppError) {
        return jsonError(
          err.status,
          err.code,
          err.message,
          { ...(err.issues.length ? { issues: err.issues } : {}), ...err.details },
          retryAfter(err),
        );
      }
      const requestId = randomUUID();
      const failure = databaseFailure(err);
      // Overload, not an outage: no log line per refusal (it would flood the log just when busy).
      if (failure === "busy")
        return jsonError(503, "busy", BUSY_MESSAGE, {
          requestId,
          retryAfter: BUSY_RETRY_AFTER_S,
        });
      if (failure === "unavailable") {
        console.error(`[${requestId}] database unavailable: ${(err as Error).message}`);
        return jsonError(503, "unavailable", "The database is unavailable; try again shortly.", {
          requestId,
        });
      }
      console.error(`[${requestId}] unexpected error`, err);
      return jsonError(500, "internal_error", "Something went wrong on our side.", { requestId });
    }
  };
}

/** Validates the query string; unknown parameters are refused by name rather than ignored. */
export function parseQuery<S extends z.ZodObject>(req: NextRequest, schema: S): z.infer<S> {
  const raw: Record<string, string> = {};
  for (const [k, v] of req.nextUrl.searchParams) raw[k] = v;
  const parsed = schema.strict().safeParse(raw);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error).map((i) =>
      i.message === "unknown field" ? { field: i.field, message: "unknown query parameter" } : i,
    );
    throw new AppError(
      "validation_failed",
      `Invalid query: ${issues.map((i) => `${i.field} (${i.message})`).join(", ")}`,
      issues,
    );
  }
  return parsed.data as z.infer<S>;
}

/**
 * A path segment as the service should see it. Next hands route params over still
 * percent-encoded in some cases; a malformed escape (sqlmap sends `%'`) must be a plain key
 * that matches nothing (404), not a URIError (500).
 */
export function pathParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
