"use client";

import { useEffect, useState } from "react";
import type { ComparisonCell } from "@/lib/compare/types";
import type { CellRef } from "./score-cell";

type Reviews = { agreedReason: string | null; reviews: ComparisonCell["reviews"] };
export type CellReviews =
  | { state: "inline" }
  | { state: "loading" }
  | { state: "error"; message: string }
  | ({ state: "loaded" } & Reviews);

const keyOf = (ref: CellRef) => `${ref.evaluationId}:${ref.criterionKey}`;

/**
 * The opened cell's reviews. Inline when the data carries them (share snapshots); otherwise
 * (the compare page) fetched from `from` once per cell and kept for the page's life, so the
 * page never ships every rationale and evidence link up front.
 */
export function useCellReviews(from: string | undefined, open: CellRef | null): CellReviews {
  const [cache, setCache] = useState<Record<string, Reviews>>({});
  // A failure belongs to one opening of a cell: opening it again (a new ref) tries again.
  const [failure, setFailure] = useState<{ ref: CellRef; message: string } | null>(null);
  const key = open ? keyOf(open) : null;
  useEffect(() => {
    if (!from || !open || !key || cache[key] || failure?.ref === open) return;
    const ctrl = new AbortController();
    const url = `${from}?${new URLSearchParams({ e: open.evaluationId, c: open.criterionKey })}`;
    fetch(url, { signal: ctrl.signal, cache: "no-store", headers: { Accept: "application/json" } })
      .then(async (res) => {
        const body = await res.json().catch(() => null);
        if (!res.ok) throw new Error(body?.error?.message ?? `The server answered ${res.status}.`);
        // A signed-out session is redirected to the sign-in page: HTML, not the reviews.
        if (!body || !Array.isArray(body.reviews))
          throw new Error("Your session has ended: sign in again to see the reviews.");
        return { agreedReason: body.agreedReason ?? null, reviews: body.reviews } as Reviews;
      })
      .then((r) => setCache((c) => ({ ...c, [key]: r })))
      .catch((err: Error) => {
        if (ctrl.signal.aborted) return;
        setFailure({ ref: open, message: err.message || "The reviews could not be loaded." });
      });
    return () => ctrl.abort();
  }, [from, open, key, cache, failure]);
  if (!from) return { state: "inline" };
  if (failure && failure.ref === open) return { state: "error", message: failure.message };
  const hit = key ? cache[key] : undefined;
  return hit ? { state: "loaded", ...hit } : { state: "loading" };
}
