import { Suspense } from "react";
import type { CrosswalkTab as Tab } from "@/lib/compare/crosswalk-view";
import type { PackedComparison } from "@/lib/compare/pack";
import type { ProfileSensitivity } from "@/lib/compare/sensitivity-for-view";
import { ComparisonDownloads } from "../export/export-downloads";
import { ComparePdfButton } from "../report/url-pdf-buttons";
import type { FormAction } from "../ui/action-form";
import { CompareActions } from "./compare-actions";
import { CompareTabs } from "./compare-tabs";
import { CrosswalkTab } from "./crosswalk/crosswalk-tab";
import { PackedCompareView } from "./packed-compare-view";

/**
 * The compare page's comparison: downloads, the tab shown (scores, or Regulations), and saving
 * and sharing for those who may. If it streams in after the shell, its place is kept: the
 * selection and the footer below must not show first and then be pushed away (a layout shift;
 * CI saw 0.15).
 */
export function StreamedComparison({
  slug,
  comparison,
  actions,
}: {
  slug: string;
  comparison: {
    scores: { packed: PackedComparison; sensitivity: ProfileSensitivity } | null;
    crosswalk: Tab | null;
  };
  actions?: { save: FormAction; share: FormAction; evaluations: string[] };
}) {
  const { scores, crosswalk } = comparison;
  return (
    <Suspense fallback={<div className="min-h-[85vh]" aria-busy="true" />}>
      <ComparisonDownloads slug={slug} />
      <ComparePdfButton slug={slug} />
      <CompareTabs />
      {scores && (
        <PackedCompareView
          packed={scores.packed}
          reviewsFrom={`/w/${slug}/compare/reviews`}
          sensitivity={scores.sensitivity}
        />
      )}
      {crosswalk && <CrosswalkTab tab={crosswalk} />}
      {actions && (
        <CompareActions
          save={actions.save}
          share={actions.share}
          evaluations={actions.evaluations}
          crosswalk={crosswalk?.state === "shown" ? crosswalk.chosen : undefined}
        />
      )}
    </Suspense>
  );
}
