import Link from "next/link";
import { ComponentTypeBadges, ExternalLink, StatusText } from "@/components/frameworks/framework-bits";
import { FrameworkForm } from "@/components/frameworks/framework-form";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { Heading } from "@/components/ui/heading";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { frameworkPage } from "@/lib/services/catalogues/library-pages";
import { setFrameworkArchivedAction, updateFrameworkAction } from "../actions";

export const metadata = { title: "Framework" };

const day = (d: Date) => d.toISOString().slice(0, 10);

export default async function FrameworkPage({
  params,
}: {
  params: Promise<{ workspace: string; id: string }>;
}) {
  const { workspace: slug, id } = await params;
  const actor = await requireActor(`/w/${slug}/frameworks/${id}`);
  const { framework: fw, canWrite } = await or404(frameworkPage(actor, slug, id));
  const archived = fw.archivedAt !== null;
  return (
    <div className="grid gap-6">
      <PageHeader eyebrow={<Link href={`/w/${slug}/frameworks`}>← All frameworks</Link>} title={fw.name}>
        {fw.vendor} · version {fw.productVersion}
      </PageHeader>
      <Card>
        <h2 className="sr-only">Details</h2>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium">Status</dt>
          <dd data-testid="framework-status">
            <StatusText archivedAt={fw.archivedAt} />
            {fw.archivedAt && <span className="ml-2 text-muted">since {day(fw.archivedAt)}</span>}
          </dd>
          <dt className="font-medium">Component types</dt>
          <dd>
            <ComponentTypeBadges types={fw.componentTypes} />
          </dd>
          <dt className="font-medium">URL</dt>
          <dd>{fw.url ? <ExternalLink href={fw.url} /> : <span className="text-muted">None given</span>}</dd>
          <dt className="font-medium">Description</dt>
          <dd className="break-words whitespace-pre-wrap">
            {fw.description || <span className="text-muted">None given</span>}
          </dd>
          <dt className="font-medium">Added</dt>
          <dd>
            {day(fw.createdAt)} (last changed {day(fw.updatedAt)})
          </dd>
        </dl>
      </Card>
      {canWrite && (
        <>
          <Card>
            <Heading level={2} className="mb-3">
              Edit framework
            </Heading>
            <FrameworkForm
              action={updateFrameworkAction.bind(null, slug, fw.id)}
              initial={{
                name: fw.name,
                vendor: fw.vendor,
                productVersion: fw.productVersion,
                url: fw.url,
                description: fw.description,
                componentTypes: fw.componentTypes,
              }}
              submitLabel="Save changes"
              pendingText="Saving…"
            />
          </Card>
          <section aria-labelledby="archive-heading" className="grid gap-2">
            <Heading level={2} id="archive-heading">
              {archived ? "Restore" : "Archive"}
            </Heading>
            <Muted className="max-w-3xl">
              {archived
                ? "Restoring puts the framework back in the default list."
                : "Archiving removes the framework from the default list. Its evaluations are kept, and it can be restored at any time."}
            </Muted>
            <ActionForm
              action={setFrameworkArchivedAction.bind(null, slug)}
              hidden={{ frameworkId: fw.id, archived: String(!archived) }}
              label={archived ? "Restore framework" : "Archive framework"}
              pendingText={archived ? "Restoring…" : "Archiving…"}
              variant={archived ? "secondary" : "danger"}
              confirm={
                archived
                  ? `Restore "${fw.name}" to the framework list?`
                  : `Archive "${fw.name}"? It leaves the framework list; its evaluations are kept.`
              }
            />
          </section>
        </>
      )}
    </div>
  );
}
