import { CatalogueArchiveForm, CatalogueArchivedNotice } from "@/components/catalogue/catalogue-archive";
import { CatalogueOutline } from "@/components/catalogue/catalogue-outline";
import { ScaleDetails } from "@/components/catalogue/scale-details";
import { WorkspaceCatalogueHeader } from "@/components/catalogue/workspace-catalogue-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { workspaceCataloguePage } from "@/lib/services/catalogues/catalogue-pages";
import { setCatalogueArchivedAction } from "../../actions";

export const metadata = { title: "Catalogue" };

type Params = { params: Promise<{ workspace: string; slug: string; version: string }> };

export default async function WorkspaceCataloguePage({ params }: Params) {
  const { workspace, slug, version } = await params;
  const actor = await requireActor(`/w/${workspace}/catalogues/${slug}/${version}`);
  const {
    catalogue: c,
    summary,
    archive,
  } = await or404(workspaceCataloguePage(actor, workspace, slug, version));
  return (
    <div className="grid gap-6">
      <WorkspaceCatalogueHeader workspace={workspace} catalogue={c} summary={summary} />
      {summary.archivedOn && <CatalogueArchivedNotice on={summary.archivedOn} />}
      {archive && (
        <CatalogueArchiveForm
          action={setCatalogueArchivedAction.bind(null, workspace, c.slug, c.version, archive.archived)}
          toggle={archive}
        />
      )}
      <ScaleDetails scale={c.scale} />
      <CatalogueOutline sections={c.sections} />
    </div>
  );
}
