import Link from "next/link";
import { CatalogueImportForm } from "@/components/catalogue/catalogue-import-form";
import { WorkspaceCatalogueTable } from "@/components/catalogue/workspace-catalogue-table";
import { Card } from "@/components/ui/card";
import { Heading } from "@/components/ui/heading";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { cataloguesPage } from "@/lib/services/catalogues/library-pages";

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
      <PageHeader title="Catalogues">
        The criteria catalogues this workspace evaluates against: the built-in ones and those imported here
        (visible to this workspace only). A published version never changes; archiving one keeps it readable
        for its evaluations but hides it from new ones. Regulations are reached through{" "}
        <Link className="underline" href={`/w/${slug}/mappings`}>
          mapping sets
        </Link>
        .
      </PageHeader>
      {canImport && (
        <Card>
          <Heading level={2} className="mb-3">
            Import a catalogue
          </Heading>
          <CatalogueImportForm workspace={slug} />
        </Card>
      )}
      <section aria-labelledby="catalogue-list" className="grid gap-3">
        <Heading level={2} id="catalogue-list">
          All catalogues
        </Heading>
        {rows.length === 0 ? (
          <Muted className="rounded-lg border border-dashed border-border p-6 text-center">
            No catalogues yet.
          </Muted>
        ) : (
          <WorkspaceCatalogueTable workspace={slug} rows={rows} />
        )}
      </section>
    </div>
  );
}
