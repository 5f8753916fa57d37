import Link from "next/link";
import { ScoringBoard } from "@/components/scoring/scoring-board";
import type { CriterionState, Evidence, OtherScore } from "@/components/scoring/types";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { mayScore } from "@/lib/services/evaluation-access";
import { scoringPage } from "@/lib/services/scoring-page";
import { saveScoreAction, setAgreedAction, submitSectionAction } from "../actions";

export const metadata = { title: "Score a section" };

type Params = { params: Promise<{ workspace: string; id: string; section: string }> };

export default async function ScoreSectionPage({ params }: Params) {
  const { workspace: slug, id, section: sectionKey } = await params;
  const actor = await requireActor(`/w/${slug}/evaluations/${id}/score/${sectionKey}`);
  const {
    evaluation: ev,
    section,
    scores,
    visibleSections,
    details,
    agreed: agreedRows,
  } = await or404(scoringPage(actor, slug, id, decodeURIComponent(sectionKey)));
  const manage = (ev.myRole === "owner" || ev.myRole === "admin") && ev.status !== "final";
  const submitted = section.submittedByIds.includes(actor.userId);
  const canScore = ev.myRole !== "viewer" && mayScore(section, actor.userId);
  const locked = !canScore || submitted || ev.status === "final";
  const lockedReason =
    ev.status === "final"
      ? "Final: read-only."
      : submitted
        ? "You submitted this section."
        : !canScore
          ? "You do not score this section."
          : null;

  const initial: Record<string, CriterionState> = {};
  for (const c of section.criteria) {
    const mine = scores.find((s) => s.criterionKey === c.key && s.reviewerId === actor.userId);
    initial[c.key] = {
      draft: {
        value: mine?.value ?? null,
        notApplicable: mine?.notApplicable ?? false,
        rationale: mine?.rationale ?? "",
        evidence: (mine?.evidence as unknown as Evidence[]) ?? [],
      },
      version: mine?.version ?? 0,
      status: "saved",
      carriedOver: mine?.carriedOver ?? false,
    };
  }
  let others: Record<string, OtherScore[]> | null = null;
  if (visibleSections.includes(section.key)) {
    others = {};
    for (const s of scores.filter((x) => x.sectionKey === section.key)) {
      (others[s.criterionKey] ??= []).push({
        reviewer: s.reviewerName || s.reviewerEmail,
        value: s.value,
        notApplicable: s.notApplicable,
        rationale: s.rationale,
      });
    }
  }
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
        criteria={section.criteria.map((c) => ({
          key: c.key,
          title: c.title,
          description: details.get(c.key)?.description ?? "",
          levelGuidance: details.get(c.key)?.levelGuidance ?? {},
        }))}
        initial={initial}
        others={others}
        locked={locked}
        lockedReason={lockedReason}
        save={saveScoreAction.bind(null, slug, id)}
        submit={submitSectionAction.bind(null, slug, id, section.key)}
        agreed={Object.fromEntries(
          agreedRows.map((a) => [
            a.criterionKey,
            { value: a.value, notApplicable: a.notApplicable, reason: a.reason },
          ]),
        )}
        agree={manage ? setAgreedAction.bind(null, slug, id) : undefined}
      />
    </div>
  );
}
