import Link from "next/link";
import { ScoringBoard } from "@/components/scoring/scoring-board";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { getScoringBoard } from "@/lib/services/evaluations/scoring-board";
import { saveScoreAction, setAgreedAction, submitSectionAction } from "../actions";

export const metadata = { title: "Score a section" };

type Params = { params: Promise<{ workspace: string; id: string; section: string }> };

export default async function ScoreSectionPage({ params }: Params) {
  const { workspace: slug, id, section: sectionKey } = await params;
  const actor = await requireActor(`/w/${slug}/evaluations/${id}/score/${sectionKey}`);
  const {
    evaluation: ev,
    section,
    criteria,
    initial,
    others,
    locked,
    lockedReason,
    agreed,
    canAgree: manage,
  } = await or404(getScoringBoard(actor, slug, id, decodeURIComponent(sectionKey)));
  return (
    <div className="grid gap-4">
      <PageHeader
        breadcrumbs={
          <>
            <Link className="underline" href={`/w/${slug}/evaluations/${id}`}>
              {ev.framework.name} {ev.framework.productVersion}
            </Link>{" "}
            / {section.title}
          </>
        }
        title={section.title}
      />
      {!others && (
        <Muted>
          Scores stay blind: you see other reviewers&apos; scores for this section once you submit it.
        </Muted>
      )}
      <ScoringBoard
        evaluationId={id}
        sectionTitle={section.title}
        scale={ev.scale}
        criteria={criteria}
        initial={initial}
        others={others}
        locked={locked}
        lockedReason={lockedReason}
        save={saveScoreAction.bind(null, slug, id)}
        submit={submitSectionAction.bind(null, slug, id, section.key)}
        agreed={agreed}
        agree={manage ? setAgreedAction.bind(null, slug, id) : undefined}
      />
    </div>
  );
}
