import { ScoreSectionHeader } from "@/components/scoring/score-section-header";
import { ScoringBoard } from "@/components/scoring/scoring-board";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { getScoringBoard } from "@/lib/services/evaluations/scoring-board";
import { saveScoreAction, setAgreedAction, submitSectionAction } from "../actions";

export const metadata = { title: "Score a section" };

type Params = { params: Promise<{ workspace: string; id: string; section: string }> };

export default async function ScoreSectionPage({ params }: Params) {
  const { workspace: slug, id, section: sectionKey } = await params;
  const actor = await requireActor(`/w/${slug}/evaluations/${id}/score/${sectionKey}`);
  const board = await or404(getScoringBoard(actor, slug, id, decodeURIComponent(sectionKey)));
  const { evaluation: ev, section } = board;
  return (
    <div className="grid gap-4">
      <ScoreSectionHeader
        evaluationHref={`/w/${slug}/evaluations/${id}`}
        framework={ev.framework}
        sectionTitle={section.title}
        blind={board.blind}
      />
      <ScoringBoard
        evaluationId={id}
        sectionTitle={section.title}
        scale={ev.scale}
        criteria={board.criteria}
        initial={board.initial}
        others={board.others}
        locked={board.locked}
        lockedReason={board.lockedReason}
        save={saveScoreAction.bind(null, slug, id)}
        submit={submitSectionAction.bind(null, slug, id, section.key)}
        agreed={board.agreed}
        agree={board.canAgree ? setAgreedAction.bind(null, slug, id) : undefined}
      />
    </div>
  );
}
