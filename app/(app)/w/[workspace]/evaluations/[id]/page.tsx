import { SectionRadar } from "@/components/charts/section-radar";
import { EvaluationActivity } from "@/components/evaluations/activity";
import { EvaluationFigures } from "@/components/evaluations/evaluation-figures";
import { EvaluationHeader } from "@/components/evaluations/evaluation-header";
import {
  ReviewerAssignment,
  ScopeChanges,
  StatusChanges,
} from "@/components/evaluations/evaluation-management";
import { GapsAndWeakest } from "@/components/evaluations/gaps-and-weakest";
import { SectionTable } from "@/components/evaluations/section-table";
import { RegulationsPanel } from "@/components/regulations/regulations-panel";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { evaluationPage } from "@/lib/services/evaluations/evaluation-page";
import { assignReviewersAction, changeScopeAction, changeStatusAction } from "../actions";

export const metadata = { title: "Evaluation" };

type Props = {
  params: Promise<{ workspace: string; id: string }>;
  searchParams: Promise<{ profile?: string }>;
};

export default async function EvaluationPage({ params, searchParams }: Props) {
  const { workspace: slug, id } = await params;
  const { profile } = await searchParams;
  const actor = await requireActor(`/w/${slug}/evaluations/${id}`);
  const view = await or404(evaluationPage(actor, slug, id, profile));
  const scoreHref = `/w/${slug}/evaluations/${id}/score`;
  return (
    <div className="grid gap-6">
      <EvaluationHeader slug={slug} evaluationId={id} {...view.header} />
      <EvaluationFigures figures={view.figures} profile={view.summary.profile} profiles={view.profiles} />
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <SectionTable rows={view.rows} scoreHref={scoreHref} />
        <SectionRadar {...view.chart} />
      </div>
      <RegulationsPanel {...view.regulations} baseHref={`/w/${slug}/evaluations/${id}/regulations`} />
      <EvaluationActivity activity={view.activity} />
      <GapsAndWeakest
        gaps={view.gaps}
        weakest={view.weakest}
        hrefFor={(i) => `${scoreHref}/${encodeURIComponent(i.sectionKey)}`}
      />
      {view.can.assign && (
        <ReviewerAssignment
          action={assignReviewersAction.bind(null, slug, id)}
          sections={view.assignable}
          reviewers={view.reviewers}
        />
      )}
      {view.scope.length > 0 && (
        <ScopeChanges action={changeScopeAction.bind(null, slug, id)} sections={view.scope} />
      )}
      {view.can.manage && (
        <StatusChanges
          action={changeStatusAction.bind(null, slug, id)}
          transitions={view.transitions}
          askReason={view.askReason}
        />
      )}
    </div>
  );
}
