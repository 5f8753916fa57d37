import { Suspense } from "react";
import { CompareActions } from "@/components/compare/compare-actions";
import { ComparePicker } from "@/components/compare/compare-picker";
import { PackedCompareView } from "@/components/compare/packed-compare-view";
import { ComparePdfButton } from "@/components/report/url-pdf-buttons";
import { ComparisonDownloads } from "@/components/export/export-downloads";
import { requireActor } from "@/lib/auth/current";
import { packComparison } from "@/lib/compare/pack";
import { parseViewState } from "@/lib/compare/view-state";
import { AppError } from "@/lib/errors/app-error";
import { or404 } from "@/lib/http/page-data";
import { loadComparison } from "@/lib/services/comparisons";
import { listEvaluations } from "@/lib/services/evaluations";
import { SavedComparisons } from "@/components/compare/saved-comparisons";
import { getWorkspace } from "@/lib/services/workspaces";
import { createShareAction, deleteComparisonAction, saveComparisonAction } from "./actions";

export const metadata = { title: "Compare" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ComparePage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Search }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/compare`);
  const ws = await or404(getWorkspace(actor, slug));
  const view = parseViewState(await searchParams);
  let data = null;
  let problem: string | null = null;
  if (view.evaluations.length === 1) problem = "Choose at least two evaluations to compare.";
  else if (view.evaluations.length > 20) problem = "Compare at most 20 evaluations at once.";
  else if (view.evaluations.length >= 2) {
    // The page's whole state is in the address, so a bad address gets a clear message here.
    data = await loadComparison(actor, slug, view.evaluations, { reviews: false }).catch((err) => {
      if (!(err instanceof AppError)) throw err;
      problem = err.code === "not_found" ? "One of the evaluations in this address does not exist in this workspace." : err.message;
      return null;
    });
  }
  // With a comparison open, the picker offers what it can include: the same catalogue version
  // (so the page does not grow with evaluations of other catalogues it cannot show).
  const evaluations = await listEvaluations(actor, slug, data ? { catalogue: { slug: data.catalogue.slug, version: data.catalogue.version } } : {});
  const canWrite = ws.role !== "viewer";
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Compare frameworks</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">Consensus scores side by side. Everything you change here is kept in the address: copy it to share exactly this view with a colleague.</p>
      </div>
      {problem && <p role="alert" className="rounded-md border border-danger/40 bg-danger/10 p-3 text-sm">{problem}</p>}
      {data ? (
        <Suspense>
          <ComparisonDownloads slug={slug} />
          <ComparePdfButton slug={slug} />
          <PackedCompareView packed={packComparison(data)} reviewsFrom={`/w/${slug}/compare/reviews`} />
          {canWrite && <CompareActions save={saveComparisonAction.bind(null, slug)} share={createShareAction.bind(null, slug)} evaluations={view.evaluations} />}
        </Suspense>
      ) : null}
      <details open={!data} className="group">
        <summary className="cursor-pointer text-sm font-medium">{data ? "Change the selection" : "Selection"}</summary>
        <div className="mt-2"><ComparePicker slug={slug} evaluations={evaluations} selected={view.evaluations} narrowedTo={data ? `${data.catalogue.title} ${data.catalogue.version}` : undefined} /></div>
      </details>
      {/* Fetched by the browser after the page: the list's leaders cost a comparison load each. */}
      {!data && <SavedComparisons slug={slug} deleteAction={canWrite ? deleteComparisonAction.bind(null, slug) : undefined} />}
    </div>
  );
}
