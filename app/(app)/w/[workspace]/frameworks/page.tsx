import { FrameworkForm } from "@/components/frameworks/framework-form";
import { FrameworkList } from "@/components/frameworks/framework-list";
import { Card } from "@/components/ui/card";
import { Heading } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { frameworksPage } from "@/lib/services/catalogues/library-pages";
import { showArchivedParam } from "@/lib/services/evaluations/framework-list-view";
import { createFrameworkAction } from "./actions";

export const metadata = { title: "Frameworks" };

export default async function FrameworksPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<{ archived?: string | string[] }>;
}) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/frameworks`);
  const showArchived = showArchivedParam((await searchParams).archived);
  const { frameworks, canWrite, list } = await or404(frameworksPage(actor, slug, showArchived));
  return (
    <div className="grid gap-6">
      <PageHeader title="Frameworks">
        The IoT development frameworks this workspace evaluates. Archiving hides a framework from this list
        and keeps its evaluations.
      </PageHeader>
      {canWrite && (
        <Card>
          <Heading level={2} className="mb-3">
            Add a framework
          </Heading>
          <FrameworkForm
            action={createFrameworkAction.bind(null, slug)}
            submitLabel="Add framework"
            pendingText="Adding…"
          />
        </Card>
      )}
      <FrameworkList slug={slug} rows={frameworks} showArchived={showArchived} view={list} />
    </div>
  );
}
