"use client";

import { useMemo } from "react";
import { unpackComparison, type PackedComparison } from "@/lib/compare/pack";
import { CompareView } from "./compare-view";

/** The compare page's view, fed the compact payload (lib/compare/pack.ts) and unpacked here once. */
export function PackedCompareView({
  packed,
  reviewsFrom,
}: {
  packed: PackedComparison;
  reviewsFrom?: string;
}) {
  const data = useMemo(() => unpackComparison(packed), [packed]);
  return <CompareView data={data} reviewsFrom={reviewsFrom} />;
}
