import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { BackupCard } from "@/components/backup/backup-card";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/form";
import { PageHeader } from "@/components/ui/page-header";
import { Heading } from "@/components/ui/heading";
import { Muted } from "@/components/ui/muted";
import { requireActor } from "@/lib/auth/current";
import { can } from "@/lib/auth/policy";
import { listMyWorkspaces } from "@/lib/services/workspaces/workspaces";
import { createWorkspaceAction, loadSampleAction } from "./actions";

export const metadata = { title: "Workspaces" };

export default async function WorkspacesPage({ searchParams }: { searchParams: Promise<{ list?: string }> }) {
  const actor = await requireActor("/w");
  const workspaces = await listMyWorkspaces(actor);
  // Straight into the only workspace, unless the list was asked for (switcher, "new workspace").
  if (workspaces.length === 1 && !(await searchParams).list) redirect(`/w/${workspaces[0].slug}`);
  return (
    <>
      <PageHeader className="mb-6" size="lg" title="Your workspaces" />
      {workspaces.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-8 text-center text-muted">
          You are not a member of any workspace yet. Ask an admin for an invitation link, or create one below.
        </p>
      ) : (
        <ul className="grid gap-2">
          {workspaces.map((w) => (
            <li key={w.slug}>
              <Link
                className="block rounded-lg border border-border bg-surface p-4 hover:border-accent hover:no-underline"
                href={`/w/${w.slug}`}
              >
                <span className="font-medium text-fg">{w.name}</span> <Muted as="span">· {w.role}</Muted>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Card className="mt-6">
        <Heading level={2} className="mb-3">
          New workspace
        </Heading>
        <ActionForm action={createWorkspaceAction} label="Create workspace" variant="primary">
          <div className="min-w-64 flex-1">
            <Field label="Name" name="name" required maxLength={120} />
          </div>
        </ActionForm>
      </Card>
      <Card className="mt-6">
        <Heading level={2}>Explore with sample data</Heading>
        <Muted className="mt-1">
          Creates a separate workspace, clearly named “Sample: IoT framework shortlist”, with 20 invented
          frameworks scored by three sample reviewers against the OWASP catalogue, and a saved comparison.
          Nothing in your other workspaces changes.
        </Muted>
        <div className="mt-3">
          <ActionForm
            action={loadSampleAction}
            label="Load sample workspace"
            pendingText="Loading sample data…"
          />
        </div>
      </Card>
      <BackupCard owned={workspaces.filter((w) => can(w.role, "workspace.backup"))} />
    </>
  );
}
