import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "../errors/app-error";

/**
 * Versions guard updates against lost writes, the same way for every resource: the answer of a
 * GET or an update carries `ETag: "<version>"`; an update sent with `If-Match: "<version>"`
 * applies only to that version, and a stale one is refused with 409 `conflict` carrying the
 * current resource (as the score save always has; not 412, so clients handle one answer).
 * Without If-Match an update applies to whatever is current.
 */
export function ifMatchVersion(req: NextRequest, what = "a version number"): number | undefined {
  const header = req.headers.get("if-match")?.replace(/^W\//, "").replace(/"/g, "").trim();
  if (header === undefined) return undefined;
  if (!/^\d{1,9}$/.test(header))
    throw new AppError("validation_failed", `If-Match must be ${what}.`, [
      { field: "If-Match", message: `expected ${what}` },
    ]);
  return Number(header);
}

/** A JSON answer with the resource's version as its ETag. */
export function withEtag(body: { version: number }, status = 200) {
  return NextResponse.json(body, {
    status,
    headers: { "Cache-Control": "no-store", ETag: `"${body.version}"` },
  });
}

/** If-Match of a resource tagged by content (lib/http/content-tag.ts): 32 hex digits. */
export function ifMatchTag(req: NextRequest): string | undefined {
  const header = req.headers.get("if-match")?.replace(/^W\//, "").replace(/"/g, "").trim();
  if (header === undefined) return undefined;
  if (!/^[0-9a-f]{32}$/.test(header))
    throw new AppError("validation_failed", "If-Match must be an ETag this API gave out.", [
      { field: "If-Match", message: "expected the ETag of a GET" },
    ]);
  return header;
}

/** A JSON answer whose `etag` (a content hash) is its ETag header too. */
export function withTag(body: { etag: string }, status = 200) {
  return NextResponse.json(body, {
    status,
    headers: { "Cache-Control": "no-store", ETag: `"${body.etag}"` },
  });
}
