import Link from "next/link";
import { FrameworkForm } from "@/components/frameworks/framework-form";
import { FrameworkTable } from "@/components/frameworks/framework-table";
import { Card } from "@/components/ui/card";
import { Heading } from "@/components/ui/heading";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { frameworksPage } from "@/lib/services/catalogues/library-pages";
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
  const showArchived = (await searchParams).archived === "1";
  const { frameworks, canWrite } = await or404(frameworksPage(actor, slug, showArchived));
  const base = `/w/${slug}/frameworks`;
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
      <section aria-labelledby="framework-list" className="grid gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <Heading level={2} id="framework-list">
            {showArchived ? "All frameworks" : "Active frameworks"}
          </Heading>
          <Link href={showArchived ? base : `${base}?archived=1`} className="text-sm underline">
            {showArchived ? "Hide archived" : "Show archived"}
          </Link>
        </div>
        {frameworks.length === 0 ? (
          <Muted className="rounded-lg border border-dashed border-border p-6 text-center">
            {canWrite ? "No frameworks yet — add the first one above." : "No frameworks yet."}
          </Muted>
        ) : (
          <FrameworkTable slug={slug} rows={frameworks} showArchived={showArchived} />
        )}
      </section>
    </div>
  );
}
