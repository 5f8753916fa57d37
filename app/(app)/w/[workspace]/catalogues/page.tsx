import { CatalogueImportForm } from "@/components/catalogue/catalogue-import-form";
import { WorkspaceCatalogueTable } from "@/components/catalogue/workspace-catalogue-table";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { cataloguesPage } from "@/lib/services/library-pages";

export const metadata = { title: "Catalogues" };

export default async function WorkspaceCataloguesPage({
  params,
}: {
  params: Promise<{ workspace: string }>;
}) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/catalogues`);
  const { catalogues: rows, canImport } = await or404(cataloguesPage(actor, slug));
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Catalogues</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          The criteria catalogues this workspace evaluates against: the built-in ones and those imported here
          (visible to this workspace only). A published version never changes; archiving one keeps it readable
          for its evaluations but hides it from new ones.
        </p>
      </div>
      {canImport && (
        <Card>
          <h2 className="mb-3 font-semibold">Import a catalogue</h2>
          <CatalogueImportForm workspace={slug} />
        </Card>
      )}
      <section aria-labelledby="catalogue-list" className="grid gap-3">
        <h2 id="catalogue-list" className="font-semibold">
          All catalogues
        </h2>
        {rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-border p-6 text-center text-sm text-muted">
            No catalogues yet.
          </p>
        ) : (
          <WorkspaceCatalogueTable workspace={slug} rows={rows} />
        )}
      </section>
    </div>
  );
}
