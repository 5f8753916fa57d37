import { redirect } from "next/navigation";
import { BackupCard } from "@/components/backup/backup-card";
import { PageHeader } from "@/components/ui/page-header";
import { NewWorkspaceCards } from "@/components/workspace/new-workspace-cards";
import { WorkspaceList } from "@/components/workspace/workspace-list";
import { requireActor } from "@/lib/auth/current";
import { workspacesPage } from "@/lib/services/workspaces/workspaces-page";
import { createWorkspaceAction, loadSampleAction } from "./actions";

export const metadata = { title: "Workspaces" };

export default async function WorkspacesPage({ searchParams }: { searchParams: Promise<{ list?: string }> }) {
  const actor = await requireActor("/w");
  const { workspaces, redirectTo, backups } = await workspacesPage(actor, !!(await searchParams).list);
  if (redirectTo) redirect(redirectTo);
  return (
    <>
      <PageHeader className="mb-6" size="lg" title="Your workspaces" />
      <WorkspaceList workspaces={workspaces} />
      <NewWorkspaceCards create={createWorkspaceAction} loadSample={loadSampleAction} />
      <BackupCard owned={backups} />
    </>
  );
}
