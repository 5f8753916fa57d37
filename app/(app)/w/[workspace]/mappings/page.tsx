import { MappingSetTable } from "@/components/mappings/mapping-set-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { listMappingSets } from "@/lib/services/catalogues/mapping-sets";

export const metadata = { title: "Mapping sets" };

export default async function MappingSetsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/mappings`);
  const rows = await or404(listMappingSets(actor, slug));
  return (
    <div className="grid gap-6">
      <PageHeader title="Mapping sets">
        Crosswalks from a criteria catalogue to a regulation: each link says how a criterion relates to a
        requirement (NIST IR 8477: equivalent, subset, superset, intersects), with a one-line rationale. They
        turn an evaluation&apos;s scores into readiness against the CRA, ETSI EN 303 645 and NIST IR 8425.
        Import your own with <code>POST /api/v1/mappings/import</code> (OSCAL 1.2 or CISO Assistant).
      </PageHeader>
      <MappingSetTable workspace={slug} rows={rows} />
    </div>
  );
}
