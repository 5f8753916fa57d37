import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "../errors/app-error";

/**
 * A cookie-authenticated POST must come from our own pages: the Origin has to match the host,
 * as Next.js checks for server actions (UI upload routes: workspace restore).
 */
export function assertSameOrigin(req: NextRequest) {
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = origin ? new URL(origin).host : null;
  } catch {
    originHost = null;
  }
  if (!originHost || originHost !== host)
    throw new AppError("forbidden", "Cross-origin uploads are refused.");
}
