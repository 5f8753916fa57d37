import { ActivityCard } from "@/components/dashboard/activity-card";
import { DashboardStats } from "@/components/dashboard/dashboard-stats";
import { GetStartedCard } from "@/components/dashboard/get-started-card";
import { LatestEvaluationsCard } from "@/components/dashboard/latest-evaluations-card";
import { SavedComparisonsCard } from "@/components/dashboard/saved-comparisons-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { workspaceDashboard } from "@/lib/services/workspaces/dashboard";
import { loadSampleAction } from "../actions";

export const metadata = { title: "Workspace" };

/** The page a reviewer lands on: what is being evaluated, where it stands, what happened. */
export default async function WorkspaceHome({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}`);
  const d = await or404(workspaceDashboard(actor, slug));
  return (
    <div className="grid gap-6">
      <PageHeader title={d.workspace.name} />
      {d.getStarted && (
        <GetStartedCard slug={slug} loadSample={d.getStarted.offerSample ? loadSampleAction : undefined} />
      )}
      <DashboardStats slug={slug} frameworks={d.frameworks} evaluations={d.evaluations} />
      <div className="grid gap-4 lg:grid-cols-2">
        <SavedComparisonsCard slug={slug} comparisons={d.comparisons} />
        <LatestEvaluationsCard slug={slug} evaluations={d.recentEvaluations} />
      </div>
      <ActivityCard activity={d.activity} />
    </div>
  );
}
