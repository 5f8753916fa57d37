"use client";

import { useEffect, useState } from "react";
import type { ComparisonCell } from "@/lib/compare/types";
import type { CellRef } from "./score-cell";

type Reviews = { agreedReason: string | null; reviews: ComparisonCell["reviews"] };
export type CellReviews = { state: "inline" } | { state: "loading" } | { state: "error"; message: string } | ({ state: "loaded" } & Reviews);

const keyOf = (ref: CellRef) => `${ref.evaluationId}:${ref.criterionKey}`;

/**
 * The opened cell's reviews. Inline when the data carries them (share snapshots); otherwise
 * (the compare page) fetched from `from` once per cell and kept for the page's life, so the
 * page never ships every rationale and evidence link up front.
 */
export function useCellReviews(from: string | undefined, open: CellRef | null): CellReviews {
  const [cache, setCache] = useState<Record<string, Reviews | { error: string }>>({});
  const key = open ? keyOf(open) : null;
  useEffect(() => {
    if (!from || !open || !key || cache[key]) return;
    const ctrl = new AbortController();
    const url = `${from}?${new URLSearchParams({ e: open.evaluationId, c: open.criterionKey })}`;
    fetch(url, { signal: ctrl.signal, cache: "no-store", headers: { Accept: "application/json" } })
      .then(async (res) => {
        const body = await res.json().catch(() => null);
        if (!res.ok) throw new Error(body?.error?.message ?? `The server answered ${res.status}.`);
        return { agreedReason: body.agreedReason ?? null, reviews: body.reviews ?? [] } as Reviews;
      })
      .then((r) => setCache((c) => ({ ...c, [key]: r })))
      .catch((err: Error) => {
        if (ctrl.signal.aborted) return;
        setCache((c) => ({ ...c, [key]: { error: err.message || "The reviews could not be loaded." } }));
      });
    return () => ctrl.abort();
  }, [from, open, key, cache]);
  if (!from) return { state: "inline" };
  const hit = key ? cache[key] : undefined;
  if (!hit) return { state: "loading" };
  return "error" in hit ? { state: "error", message: hit.error } : { state: "loaded", ...hit };
}
