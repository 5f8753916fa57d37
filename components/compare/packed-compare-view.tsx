"use client";

import { useMemo } from "react";
import { unpackComparison, type PackedComparison } from "@/lib/compare/pack";
import type { ProfileSensitivity } from "@/lib/compare/sensitivity-for-view";
import { CompareView } from "./compare-view";

/** The compare page's view, fed the compact payload (lib/compare/pack.ts) and unpacked here once. */
export function PackedCompareView({
  packed,
  reviewsFrom,
  sensitivity,
}: {
  packed: PackedComparison;
  reviewsFrom?: string;
  sensitivity?: ProfileSensitivity;
}) {
  const data = useMemo(() => unpackComparison(packed), [packed]);
  return <CompareView data={data} reviewsFrom={reviewsFrom} sensitivity={sensitivity} />;
}
