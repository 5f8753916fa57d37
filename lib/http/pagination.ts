import { z } from "zod";
import { AppError } from "../errors/app-error";

/**
 * Cursor pagination of the /api/v1 lists. Pages are ordered newest first by (createdAt, id):
 * ids are UUIDv7 and createdAt has millisecond precision, so the pair is unique and stable.
 * The cursor names the last row of the previous page (keyset, not offset), so rows inserted
 * while a client walks the pages never shift it: nothing is seen twice and nothing is skipped.
 * It is opaque to clients (base64url JSON) and checked like any input; it selects nothing by
 * itself, the workspace id stays in every query's where clause.
 */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

export const pageQuery = {
  cursor: z.string().max(200).optional(),
  limit: z.coerce
    .number()
    .int("Use a whole number.")
    .min(1)
    .max(MAX_PAGE_SIZE, `At most ${MAX_PAGE_SIZE}.`)
    .default(DEFAULT_PAGE_SIZE),
};

export interface PageArgs {
  cursor?: string;
  limit: number;
}

interface Position {
  createdAt: Date;
  id: string;
}

const positionSchema = z.object({ t: z.iso.datetime(), i: z.uuid() });

/** An opaque cursor holding `position` (base64url JSON). */
export const opaqueCursor = (position: object) => Buffer.from(JSON.stringify(position)).toString("base64url");

/** The position in a cursor this API gave out, checked against its shape; anything else is a 400 naming `cursor`. */
export function readCursor<S extends z.ZodType>(cursor: string, shape: S): z.infer<S> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  const ok = shape.safeParse(parsed);
  if (!ok.success)
    throw new AppError("validation_failed", "Invalid query: cursor (not a cursor this API gave out)", [
      { field: "cursor", message: "not a cursor this API gave out" },
    ]);
  return ok.data;
}

export function encodeCursor(row: Position): string {
  return opaqueCursor({ t: row.createdAt.toISOString(), i: row.id });
}

export function decodeCursor(cursor: string): Position {
  const { t, i } = readCursor(cursor, positionSchema);
  return { createdAt: new Date(t), id: i };
}

/**
 * The Prisma `where`, `orderBy` and `take` of one page: rows strictly after the cursor in
 * (createdAt desc, id desc) order, one more than the limit to know whether a next page exists.
 */
export function pageWindow(page: PageArgs) {
  const after = page.cursor ? decodeCursor(page.cursor) : null;
  return {
    where: after
      ? {
          OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }],
        }
      : {},
    orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }],
    take: page.limit + 1,
  };
}

/** Cuts the extra row off and names the next page's cursor (null on the last page). */
export function pageOf<T extends Position>(
  rows: T[],
  page: PageArgs,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, page.limit);
  return {
    items,
    nextCursor: rows.length > page.limit ? encodeCursor(items[items.length - 1]) : null,
  };
}
