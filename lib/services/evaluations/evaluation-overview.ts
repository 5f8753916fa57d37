import "server-only";
import { can } from "../../auth/policy";
import type { Role } from "../../generated/prisma/enums";
import type { LoadedEvaluation } from "./evaluation-access";
import type { summarise } from "./evaluation-summary";
import { TRANSITIONS } from "./evaluations";

type Summary = ReturnType<typeof summarise>;

// Button labels of the status changes changeEvaluationStatus allows, in the order shown.
const ORDER = ["in_review", "final", "draft"] as const;
const label = (from: string, to: string) =>
  to === "final"
    ? "Finalise"
    : to === "draft"
      ? "Back to draft"
      : from === "final"
        ? "Reopen"
        : "Start review";

/**
 * What the evaluation overview shows beyond the summary, decided here rather than in the page:
 * who may manage, assign and score, the status changes on offer, the radar's sections and the
 * gaps and weakest criteria (only from sections whose consensus the caller may see).
 */
export function overviewView(ev: LoadedEvaluation, summary: Summary, role: Role) {
  const manage = can(role, "evaluations.manage");
  const open = ev.sections.filter(
    (s) => s.inScope && summary.sections.some((x) => x.key === s.key && !x.hidden),
  );
  const items = open.flatMap((s) =>
    s.criteria.map((c) => ({ ...c, sectionKey: s.key, value: summary.consensus[c.key]?.value ?? null })),
  );
  return {
    can: {
      manage,
      // Reviewers are assigned until the evaluation is final.
      assign: manage && ev.status !== "final",
      // "Score" or "View" on each section's link: a final evaluation is read-only.
      score: can(role, "scores.write") && ev.status !== "final",
    },
    transitions: manage
      ? ORDER.filter((to) => TRANSITIONS[ev.status].includes(to)).map((to) => ({
          status: to,
          label: label(ev.status, to),
        }))
      : [],
    radar: summary.sections.filter((s): s is typeof s & { score: number } => !s.hidden && s.score !== null),
    gaps: items.filter((i) => i.value === null),
    weakest: items
      .filter((i): i is typeof i & { value: number } => typeof i.value === "number")
      .sort((a, b) => a.value - b.value)
      .slice(0, 5),
  };
}
