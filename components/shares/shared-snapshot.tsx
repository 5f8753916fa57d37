import { ShieldCheck } from "lucide-react";
import { Suspense } from "react";
import type { CrosswalkSnapshot } from "@/lib/compare/crosswalk-view";
import type { ProfileSensitivity } from "@/lib/compare/sensitivity-for-view";
import type { SharedComparison } from "@/lib/services/sharing/share-links";
import { CompareTabs } from "../compare/compare-tabs";
import { CompareView } from "../compare/compare-view";
import { CrosswalkPanel } from "../compare/crosswalk/crosswalk-panel";
import { SharePdfButton } from "../report/url-pdf-buttons";
import { Muted } from "../ui/muted";
import { PageHeader } from "../ui/page-header";

/**
 * A shared comparison as an outsider sees it: read-only, without the app's navigation; with a
 * Regulations tab when it was shared from one (its crosswalk frozen with the rest).
 */
export function SharedSnapshot({
  token,
  shared,
  crosswalk,
  showCrosswalk,
  sensitivity,
  taken,
  expires,
}: {
  token: string;
  shared: Omit<SharedComparison, "crosswalk">;
  crosswalk: CrosswalkSnapshot | null;
  showCrosswalk: boolean;
  sensitivity: ProfileSensitivity;
  taken: string;
  expires: string;
}) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3">
          <ShieldCheck aria-hidden className="h-5 w-5 text-accent" />
          <span className="font-semibold">IoT Framework Security Scorecard</span>
          <span className="rounded bg-surface-2 px-2 py-0.5 text-xs text-muted">
            read-only shared snapshot
          </span>
        </div>
      </header>
      <main id="main" className="mx-auto grid max-w-6xl gap-4 px-4 py-6">
        <div>
          <PageHeader title={shared.title} />
          <Muted className="mt-1">
            {shared.catalogue.title} {shared.catalogue.version} · snapshot taken {taken} · link expires{" "}
            {expires}. Scores are the consensus of several reviewers (0 absent … {shared.catalogue.max} secure
            by default).
          </Muted>
          <div className="mt-3">
            <Suspense>
              <SharePdfButton token={token} />
            </Suspense>
          </div>
        </div>
        <Suspense fallback={<div className="min-h-[85vh]" aria-busy="true" />}>
          {crosswalk && <CompareTabs />}
          {crosswalk && showCrosswalk ? (
            <CrosswalkPanel crosswalk={crosswalk} />
          ) : (
            <CompareView data={shared} sensitivity={sensitivity} />
          )}
        </Suspense>
      </main>
    </div>
  );
}
