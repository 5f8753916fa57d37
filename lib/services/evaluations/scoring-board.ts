import "server-only";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/policy";
import type { Role } from "../../generated/prisma/enums";
import { mayScore } from "./evaluation-access";
import { scoringPage } from "./scoring-page";

type Page = Awaited<ReturnType<typeof scoringPage>>;
type Section = Page["section"];
type Evidence = { url: string; grade: "vendor_claim" | "documentation" | "tested" | "code_reviewed" };

/**
 * Why the caller cannot edit this section, or null when they can. The order matters: a final
 * evaluation is read-only for everyone, whatever else is true of the section.
 */
export function lockedReason(status: string, section: Section, userId: string, role: Role): string | null {
  if (status === "final") return "Final: read-only.";
  if (section.submittedByIds.includes(userId)) return "You submitted this section.";
  if (!section.inScope) return "This section is out of scope.";
  if (!can(role, "scores.write") || !mayScore(section, userId)) return "You do not score this section.";
  return null;
}

/** The scoring board's view model from the scoring page's data: what the page renders, nothing to decide. */
export function scoringBoardView(page: Page) {
  const { evaluation: ev, section, scores, details, userId } = page;
  const reason = lockedReason(ev.status, section, userId, ev.myRole);
  const initial = Object.fromEntries(
    section.criteria.map((c) => {
      const mine = scores.find((s) => s.criterionKey === c.key && s.reviewerId === userId);
      const draft = {
        value: mine?.value ?? null,
        notApplicable: mine?.notApplicable ?? false,
        rationale: mine?.rationale ?? "",
        evidence: (mine?.evidence as Evidence[] | undefined) ?? [],
      };
      const state = { draft, version: mine?.version ?? 0, carriedOver: mine?.carriedOver ?? false };
      return [c.key, { ...state, status: "saved" as const }];
    }),
  );
  // Others' scores only where the blind rule lets the caller see them (null: the board says so).
  let others: Record<
    string,
    Array<{ reviewer: string } & Pick<Page["scores"][number], "value" | "notApplicable" | "rationale">>
  > | null = null;
  if (page.visibleSections.includes(section.key)) {
    others = {};
    for (const s of scores.filter((x) => x.sectionKey === section.key))
      (others[s.criterionKey] ??= []).push({
        reviewer: s.reviewerName || s.reviewerEmail,
        value: s.value,
        notApplicable: s.notApplicable,
        rationale: s.rationale,
      });
  }
  return {
    evaluation: { framework: ev.framework, scale: ev.scale, status: ev.status },
    section: { key: section.key, title: section.title },
    criteria: section.criteria.map((c) => ({
      key: c.key,
      title: c.title,
      description: details.get(c.key)?.description ?? "",
      levelGuidance: details.get(c.key)?.levelGuidance ?? {},
    })),
    initial,
    others,
    // The page says why others' scores are missing: the blind rule, until the caller submits.
    blind: others === null,
    locked: reason !== null,
    lockedReason: reason,
    agreed: Object.fromEntries(
      page.agreed.map((a) => [
        a.criterionKey,
        { value: a.value, notApplicable: a.notApplicable, reason: a.reason },
      ]),
    ),
    // Setting agreed values is the managers' (evaluations.manage), until the evaluation is final.
    canAgree: can(ev.myRole, "evaluations.manage") && ev.status !== "final",
  };
}

export type ScoringBoard = ReturnType<typeof scoringBoardView>;

/** The scoring page of one section: one call, the same statements as scoringPage. */
export async function getScoringBoard(
  actor: Actor | null,
  slug: string,
  evaluationId: string,
  sectionKey: string,
): Promise<ScoringBoard> {
  return scoringBoardView(await scoringPage(actor, slug, evaluationId, sectionKey));
}
