import { MappingImportForm } from "@/components/mappings/mapping-import-form";
import { MappingSetTable } from "@/components/mappings/mapping-set-table";
import { Card } from "@/components/ui/card";
import { Heading } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { mappingSetsPage } from "@/lib/services/catalogues/mapping-pages";

export const metadata = { title: "Mapping sets" };

export default async function MappingSetsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/mappings`);
  const { rows, canImport } = await or404(mappingSetsPage(actor, slug));
  return (
    <div className="grid gap-6">
      <PageHeader title="Mapping sets">
        Crosswalks from a criteria catalogue to a regulation: each link says how a criterion relates to a
        requirement (NIST IR 8477: equivalent, subset, superset, intersects), with a one-line rationale. They
        turn an evaluation&apos;s scores into readiness against the CRA, ETSI EN 303 645 and NIST IR 8425.
        Archived sets stay listed but readiness no longer uses them.
      </PageHeader>
      {canImport && (
        <Card>
          <Heading level={2} className="mb-3">
            Import a mapping set
          </Heading>
          <MappingImportForm workspace={slug} />
        </Card>
      )}
      <MappingSetTable workspace={slug} rows={rows} />
    </div>
  );
}
