import Link from "next/link";
import { CreateEvaluationForm } from "@/components/evaluations/create-evaluation-form";
import { Card } from "@/components/ui/card";
import { TableScroll } from "@/components/ui/table-scroll";
import { Heading } from "@/components/ui/heading";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { evaluationsPage } from "@/lib/services/catalogues/library-pages";
import { createEvaluationAction } from "./actions";

export const metadata = { title: "Evaluations" };

const STATUS: Record<string, string> = { draft: "Draft", in_review: "In review", final: "Final" };

export default async function EvaluationsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/evaluations`);
  const { evaluations, frameworks, catalogueOptions, canCreate } = await or404(evaluationsPage(actor, slug));
  return (
    <div className="grid gap-6">
      <PageHeader title="Evaluations" />
      {evaluations.length === 0 ? (
        <Muted className="rounded-lg border border-dashed border-border p-6 text-center">
          No evaluations yet.
        </Muted>
      ) : (
        <TableScroll label="Evaluations">
          <table className="w-full text-sm">
            <thead className="bg-surface-2 text-left text-muted">
              <tr>
                {["Framework", "Catalogue", "Status", "Created"].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {evaluations.map((e) => (
                <tr key={e.id} className="border-t border-border" data-testid="evaluation-row">
                  <td className="px-3 py-2">
                    <Link href={`/w/${slug}/evaluations/${e.id}`} className="font-medium">
                      {e.framework.vendor} {e.framework.name} {e.framework.productVersion}
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    {e.catalogue.title} ({e.catalogue.version})
                  </td>
                  <td className="px-3 py-2">{STATUS[e.status]}</td>
                  <td className="px-3 py-2">{e.createdAt.toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {canCreate && (
        <Card>
          <Heading level={2} className="mb-3">
            New evaluation
          </Heading>
          <CreateEvaluationForm
            action={createEvaluationAction.bind(null, slug)}
            frameworks={frameworks.map((f) => ({
              id: f.id,
              label: `${f.vendor} ${f.name} ${f.productVersion}`,
            }))}
            catalogues={catalogueOptions}
            previous={evaluations.map((e) => ({
              id: e.id,
              label: `${e.framework.name} ${e.framework.productVersion} — ${STATUS[e.status]} (${e.createdAt.toISOString().slice(0, 10)})`,
            }))}
          />
        </Card>
      )}
    </div>
  );
}
