import { createHash } from "node:crypto";
import { AppError } from "../errors/app-error";

/**
 * The ETag of a resource without a version column (weight profiles, saved comparisons): a hash
 * of its editable content. Keys are sorted first, so the same content always gives the same
 * tag whatever order the database returns JSON keys in. A change that restores earlier content
 * restores its tag too, which is harmless: If-Match guards against overwriting content the
 * client has not seen, and that content is then exactly what it saw.
 */
export function contentTag(content: unknown): string {
  return createHash("sha256").update(canonical(content)).digest("hex").slice(0, 32);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object" && !(v instanceof Date))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v) ?? "null";
}

/** The 409 of a content-tagged update that lost the race or was sent with a stale If-Match. */
export const staleChange = (what: string, current: { etag: string }) =>
  new AppError("conflict", `This ${what} changed since you loaded it.`, [], { current });

/** Refuses a change sent with If-Match of other content than `current`'s. */
export function assertFresh(what: string, current: { etag: string }, ifMatch: string | undefined) {
  if (ifMatch !== undefined && ifMatch !== current.etag) throw staleChange(what, current);
}
