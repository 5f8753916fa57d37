import { CreateEvaluationForm } from "@/components/evaluations/create-evaluation-form";
import { EvaluationTable } from "@/components/evaluations/evaluation-table";
import { Card } from "@/components/ui/card";
import { Heading } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { evaluationsPage } from "@/lib/services/catalogues/library-pages";
import { createEvaluationAction } from "./actions";

export const metadata = { title: "Evaluations" };

export default async function EvaluationsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/evaluations`);
  const view = await or404(evaluationsPage(actor, slug));
  return (
    <div className="grid gap-6">
      <PageHeader title="Evaluations" />
      <EvaluationTable slug={slug} rows={view.evaluations} />
      {view.canCreate && (
        <Card>
          <Heading level={2} className="mb-3">
            New evaluation
          </Heading>
          <CreateEvaluationForm
            action={createEvaluationAction.bind(null, slug)}
            frameworks={view.frameworkOptions}
            catalogues={view.catalogueOptions}
            previous={view.previous}
          />
        </Card>
      )}
    </div>
  );
}
