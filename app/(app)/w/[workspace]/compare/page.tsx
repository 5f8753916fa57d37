import { Suspense } from "react";
import { CompareActions } from "@/components/compare/compare-actions";
import { ComparePicker } from "@/components/compare/compare-picker";
import { PackedCompareView } from "@/components/compare/packed-compare-view";
import { ComparePdfButton } from "@/components/report/url-pdf-buttons";
import { ComparisonDownloads } from "@/components/export/export-downloads";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/policy";
import { packComparison } from "@/lib/compare/pack";
import { sensitivityForView } from "@/lib/compare/sensitivity-for-view";
import { parseViewState } from "@/lib/compare/view-state";
import { or404 } from "@/lib/http/page-data";
import { comparePage } from "@/lib/services/comparisons/compare-page";
import { SavedComparisons } from "@/components/compare/saved-comparisons";
import { PageHeader } from "@/components/ui/page-header";
import { createShareAction, deleteComparisonAction, saveComparisonAction } from "./actions";

export const metadata = { title: "Compare" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Search;
}) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/compare`);
  const view = parseViewState(await searchParams);
  const { role, data, problem, evaluations } = await or404(comparePage(actor, slug, view.evaluations));
  const canWrite = can(role, "comparisons.write");
  return (
    <div className="grid gap-6">
      <PageHeader title="Compare frameworks">
        Consensus scores side by side. Everything you change here is kept in the address: copy it to share
        exactly this view with a colleague.
      </PageHeader>
      {problem && (
        <p role="alert" className="rounded-md border border-danger/40 bg-danger/10 p-3 text-sm">
          {problem}
        </p>
      )}
      {data ? (
        // If the comparison streams in after the shell, its place is kept: the selection and the
        // footer below must not show first and then be pushed away (a layout shift; CI saw 0.15).
        <Suspense fallback={<div className="min-h-[85vh]" aria-busy="true" />}>
          <ComparisonDownloads slug={slug} />
          <ComparePdfButton slug={slug} />
          <PackedCompareView
            packed={packComparison(data)}
            reviewsFrom={`/w/${slug}/compare/reviews`}
            sensitivity={sensitivityForView(data, view.profile)}
          />
          {canWrite && (
            <CompareActions
              save={saveComparisonAction.bind(null, slug)}
              share={createShareAction.bind(null, slug)}
              evaluations={view.evaluations}
            />
          )}
        </Suspense>
      ) : null}
      <details open={!data} className="group">
        <summary className="cursor-pointer text-sm font-medium">
          {data ? "Change the selection" : "Selection"}
        </summary>
        <div className="mt-2">
          <ComparePicker
            slug={slug}
            evaluations={evaluations}
            selected={view.evaluations}
            narrowedTo={data ? `${data.catalogue.title} ${data.catalogue.version}` : undefined}
          />
        </div>
      </details>
      {/* Fetched by the browser after the page: the list's leaders cost a comparison load each. */}
      {!data && (
        <SavedComparisons
          slug={slug}
          deleteAction={canWrite ? deleteComparisonAction.bind(null, slug) : undefined}
        />
      )}
    </div>
  );
}
