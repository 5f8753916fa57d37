import Link from "next/link";
import { readinessText } from "@/components/regulations/coverage";
import { RegulationDetail } from "@/components/regulations/regulation-detail";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { regulationPage } from "@/lib/services/evaluations/regulation-page";

export const metadata = { title: "Regulatory readiness" };

type Props = { params: Promise<{ workspace: string; id: string; target: string }> };

export default async function RegulationPage({ params }: Props) {
  const { workspace: slug, id, target } = await params;
  const base = `/w/${slug}/evaluations/${id}`;
  const actor = await requireActor(`${base}/regulations/${target}`);
  const view = await or404(regulationPage(actor, slug, id, target));
  const { crosswalk: c } = view;
  return (
    <div className="grid gap-6">
      <PageHeader
        breadcrumbs={<Link href={base}>{view.evaluation.framework.name}</Link>}
        title={`${c.target.title}: ${readinessText(c.readiness)}`}
      >
        {c.counts.full} full · {c.counts.partial} partial · {c.counts.notAssessed} not assessed ·{" "}
        {c.counts.notInCatalogue} not assessed by this catalogue. Through the{" "}
        <Link className="underline" href={`/w/${slug}/mappings/${c.mappingSet.id}`}>
          mapping set
        </Link>{" "}
        “{c.mappingSet.title}” ({c.mappingSet.version}, {c.mappingSet.author}).
      </PageHeader>
      <Muted role="note">{view.disclaimer}</Muted>
      <RegulationDetail view={view} scoreHref={`${base}/score`} />
    </div>
  );
}
