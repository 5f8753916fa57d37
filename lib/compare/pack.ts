import type { ComparisonCell, ComparisonData, ComparisonVendor } from "./types";

/**
 * A compact form of ComparisonData for the trip from the server to the compare page: each
 * cell becomes a short array instead of an object with seven named fields. For 10 vendors ×
 * 1,000 criteria that is ~0.3 MB instead of ~1.5 MB in the page's payload, which the server
 * must serialise and the browser parse. unpack(pack(d)) equals d.
 */
type PackedCell =
  | [value: ComparisonCell["value"], flags: number, spread: number | null]
  | [
      value: ComparisonCell["value"],
      flags: number,
      spread: number | null,
      agreedReason: string | null,
      reviews?: ComparisonCell["reviews"],
    ];
type PackedVendor = Omit<ComparisonVendor, "cells"> & { cells: Record<string, PackedCell> };
export type PackedComparison = Omit<ComparisonData, "vendors"> & { vendors: PackedVendor[] };

const AGREED = 1,
  DISAGREEMENT = 2,
  LOW_CONFIDENCE = 4,
  CARRIED_OVER = 8;

function packCell(c: ComparisonCell): PackedCell {
  const flags =
    (c.source === "agreed" ? AGREED : 0) |
    (c.disagreement ? DISAGREEMENT : 0) |
    (c.lowConfidence ? LOW_CONFIDENCE : 0) |
    (c.carriedOver ? CARRIED_OVER : 0);
  if (c.reviews.length) return [c.value, flags, c.spread, c.agreedReason, c.reviews];
  return c.agreedReason !== null ? [c.value, flags, c.spread, c.agreedReason] : [c.value, flags, c.spread];
}

function unpackCell([value, flags, spread, agreedReason = null, reviews = []]: PackedCell): ComparisonCell {
  return {
    value,
    source: flags & AGREED ? "agreed" : "median",
    spread,
    disagreement: !!(flags & DISAGREEMENT),
    lowConfidence: !!(flags & LOW_CONFIDENCE),
    carriedOver: !!(flags & CARRIED_OVER),
    agreedReason,
    reviews,
  };
}

const mapValues = <A, B>(o: Record<string, A>, f: (a: A) => B) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

export const packComparison = (d: ComparisonData): PackedComparison => ({
  ...d,
  vendors: d.vendors.map((v) => ({ ...v, cells: mapValues(v.cells, packCell) })),
});
export const unpackComparison = (p: PackedComparison): ComparisonData => ({
  ...p,
  vendors: p.vendors.map((v) => ({ ...v, cells: mapValues(v.cells, unpackCell) })),
});
