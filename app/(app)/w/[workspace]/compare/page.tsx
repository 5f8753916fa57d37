import { CompareHeader } from "@/components/compare/compare-header";
import { CompareSelection } from "@/components/compare/compare-selection";
import { SavedComparisons } from "@/components/compare/saved-comparisons";
import { StreamedComparison } from "@/components/compare/streamed-comparison";
import { HydrateApart } from "@/components/ui/hydrate-apart";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { compareView } from "@/lib/services/comparisons/compare-page";
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
  const vm = await or404(compareView(actor, slug, await searchParams));
  const write = vm.canWrite
    ? { save: saveComparisonAction.bind(null, slug), share: createShareAction.bind(null, slug) }
    : undefined;
  return (
    <div className="grid gap-6">
      <CompareHeader />
      {vm.problem && (
        <p role="alert" className="rounded-md border border-danger/40 bg-danger/10 p-3 text-sm">
          {vm.problem}
        </p>
      )}
      {vm.comparison && (
        <StreamedComparison
          slug={slug}
          comparison={vm.comparison}
          actions={write && { ...write, evaluations: vm.selected }}
        />
      )}
      <HydrateApart>
        <CompareSelection
          slug={slug}
          evaluations={vm.evaluations}
          selected={vm.selected}
          narrowedTo={vm.comparison?.narrowedTo}
        />
      </HydrateApart>
      {/* Fetched by the browser after the page: the list's leaders cost a comparison load each. */}
      {!vm.comparison && (
        <SavedComparisons
          slug={slug}
          deleteAction={vm.canWrite ? deleteComparisonAction.bind(null, slug) : undefined}
        />
      )}
    </div>
  );
}
