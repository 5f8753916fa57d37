import { CatalogueArchiveForm } from "@/components/catalogue/catalogue-archive";
import { MappingLinkFilter } from "@/components/mappings/mapping-link-filter";
import { MappingLinkTable } from "@/components/mappings/mapping-link-table";
import { MappingSetHeader } from "@/components/mappings/mapping-set-header";
import { NotInCatalogue } from "@/components/regulations/not-in-catalogue";
import { Heading } from "@/components/ui/heading";
import { Muted } from "@/components/ui/muted";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { mappingSetPage } from "@/lib/services/catalogues/mapping-pages";
import { setMappingSetArchivedAction } from "../actions";

export const metadata = { title: "Mapping set" };

type Props = {
  params: Promise<{ workspace: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function MappingSetPage({ params, searchParams }: Props) {
  const { workspace, id } = await params;
  const actor = await requireActor(`/w/${workspace}/mappings/${id}`);
  const view = await or404(mappingSetPage(actor, workspace, id, await searchParams));
  return (
    <div className="grid gap-6">
      <MappingSetHeader workspace={workspace} view={view} />
      {view.set.archivedOn && (
        <p role="status" className="rounded-md border border-border bg-surface-2 px-3 py-2 text-sm">
          Archived on {view.set.archivedOn}: readiness views do not use it; it stays listed and downloadable.
        </p>
      )}
      {view.archive && (
        <CatalogueArchiveForm
          action={setMappingSetArchivedAction.bind(null, workspace, view.set.id, view.archive.archived)}
          toggle={view.archive}
        />
      )}
      <section aria-labelledby="links-h" className="grid gap-3">
        <Heading level={2} id="links-h">
          Links
        </Heading>
        <MappingLinkFilter filter={view.filter} clearHref={view.clearHref} />
        {view.filtered && (
          <Muted role="status">
            {view.shownLinks} of {view.totalLinks} links match.
          </Muted>
        )}
        <MappingLinkTable view={view} />
      </section>
      <NotInCatalogue requirements={view.notCovered} />
    </div>
  );
}
