import "server-only";
import { can } from "../../auth/policy";
import type { Role } from "../../generated/prisma/enums";
import type { LoadedEvaluation } from "./evaluation-access";
import { radarChart, sectionRows, summaryFigures } from "./evaluation-figures";
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
 * who may manage, assign and score, the status changes on offer, the figures and section rows
 * as text, the radar's sections and the gaps and weakest criteria (only from sections whose
 * consensus the caller may see).
 */
export function overviewView(ev: LoadedEvaluation, summary: Summary, role: Role, userId: string) {
  const manage = can(role, "evaluations.manage");
  const assign = manage && ev.status !== "final";
  const score = can(role, "scores.write") && ev.status !== "final";
  const open = ev.sections.filter(
    (s) => s.inScope && summary.sections.some((x) => x.key === s.key && !x.hidden),
  );
  const items = open.flatMap((s) =>
    s.criteria.map((c) => ({ ...c, sectionKey: s.key, value: summary.consensus[c.key]?.value ?? null })),
  );
  const radar = summary.sections.filter(
    (s): s is typeof s & { score: number } => !s.hidden && s.score !== null,
  );
  return {
    header: {
      title: `${ev.framework.vendor} ${ev.framework.name} ${ev.framework.productVersion}`,
      catalogue: { title: ev.catalogue.title, version: ev.catalogue.version },
      statusLabel: ev.status.replace("_", " "),
      profileId: summary.profile.id,
    },
    // Reviewers are assigned until the evaluation is final; "Score" or "View" on each section's
    // link: a final evaluation is read-only.
    can: { manage, assign, score },
    figures: summaryFigures(summary),
    rows: sectionRows(ev, summary, userId, score),
    transitions: manage
      ? ORDER.filter((to) => TRANSITIONS[ev.status].includes(to)).map((to) => ({
          status: to,
          label: label(ev.status, to),
          variant: to === "final" ? ("primary" as const) : ("secondary" as const),
        }))
      : [],
    // Reopening a final evaluation asks why (changeEvaluationStatus records the reason).
    askReason: ev.status === "final",
    assignable: assign
      ? ev.sections
          .filter((s) => s.inScope)
          .map((s) => ({ key: s.key, title: s.title, assigneeIds: s.assigneeIds }))
      : [],
    // The scope changes like the reviewers (managers, until final); the last section in scope stays.
    scope: assign
      ? ev.sections.map((s) => ({
          key: s.key,
          title: s.title,
          inScope: s.inScope,
          reason: s.outOfScopeReason,
          last: s.inScope && ev.sections.filter((x) => x.inScope).length === 1,
        }))
      : [],
    radar,
    chart: radarChart(ev.framework.name, radar),
    gaps: items.filter((i) => i.value === null),
    weakest: items
      .filter((i): i is typeof i & { value: number } => typeof i.value === "number")
      .sort((a, b) => a.value - b.value)
      .slice(0, 5),
  };
}
