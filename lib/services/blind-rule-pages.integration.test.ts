import { beforeAll, describe } from "vitest";
import { blindScenario, orNothing, S, type BlindScenario } from "../testing/blind-scenario";
import { listAgreedScores } from "./evaluations/agreed-scores";
import { loadCellReviews, loadComparison } from "./comparisons/comparisons";
import { comparePage, compareView } from "./comparisons/compare-page";
import { workspaceDashboard } from "./workspaces/dashboard";
import { evaluationPage } from "./evaluations/evaluation-page";
import { getScoringBoard } from "./evaluations/scoring-board";
import { scoringPage } from "./evaluations/scoring-page";
import { evaluationActivity } from "./evaluations/evaluation-activity";
import { evaluationSummary } from "./evaluations/evaluation-summary";
import { getEvaluation } from "./evaluations/evaluations";
import { listScores } from "./evaluations/scores";
import { inS, itKeepsEveryRowBlind, json, leakIf, type Row } from "./blind-rule.fixture";

// THE BLIND RULE (blind-rule.fixture.ts) on the pages: each view model and service a page renders.
let sc: BlindScenario;

const ROWS: Row[] = [
  [
    "page: scoring page scores (listScores)",
    "v",
    async (w) => json((await listScores(w.actor, sc.slug, sc.e0)).scores),
  ],
  [
    "page: agreed values (listAgreedScores)",
    "v",
    async (w) => json(await listAgreedScores(w.actor, sc.slug, sc.e0)),
  ],
  [
    "page: overview (evaluationSummary)",
    "v",
    async (w) => {
      const s = await evaluationSummary(w.actor, sc.slug, sc.e0);
      return (
        json(s) +
        leakIf(
          Object.keys(s.consensus).some(inS) || s.sections.some((x) => x.key === S && x.score !== null),
          "consensus",
        )
      );
    },
  ],
  [
    "page: overview history (evaluationActivity)",
    "v",
    async (w) => {
      const a = await evaluationActivity(w.actor, sc.slug, sc.e0);
      return (
        json(a) +
        leakIf(
          a.history.some((h) => inS(h.criterionKey) && h.reviewer !== w.name),
          "history value",
        )
      );
    },
  ],
  [
    "page: evaluation header (getEvaluation)",
    null,
    async (w) => json(await getEvaluation(w.actor, sc.slug, sc.e0)),
  ],
  ["page: dashboard", null, async (w) => json(await workspaceDashboard(w.actor, sc.slug))],
  [
    "page: compare table (loadComparison, reviews on demand)",
    "v",
    async (w) => {
      const d = await loadComparison(w.actor, sc.slug, [sc.e0, sc.e1], { reviews: false });
      return json(d) + leakIf(Object.keys(d.vendors[0].cells).some(inS), "consensus");
    },
  ],
  [
    "page: compare page's one view model (comparePage)",
    "v",
    async (w) => {
      const d = (await comparePage(w.actor, sc.slug, [sc.e0, sc.e1])).data!;
      return json(d) + leakIf(Object.keys(d.vendors[0].cells).some(inS), "consensus");
    },
  ],
  [
    "page: compare page's Regulations tab (compareView, xw)",
    "v",
    async (w) => {
      const tab = (await compareView(w.actor, sc.slug, { e: `${sc.e0},${sc.e1}`, xw: "eu-cra-annex-i" }))
        .comparison!.crosswalk!;
      if (tab.state !== "shown") return `LEAK:tab ${tab.state}`;
      const [e0] = tab.crosswalk.readiness.vendors;
      return (
        json(tab) +
        leakIf(
          Object.values(e0.cells).some((c) => c.readiness !== null),
          "readiness",
        )
      );
    },
  ],
  [
    "page: evaluation overview's one view model (evaluationPage)",
    "v",
    async (w) => {
      const p = await evaluationPage(w.actor, sc.slug, sc.e0);
      return (
        json(p) +
        leakIf(
          Object.keys(p.summary.consensus).some(inS) ||
            p.summary.sections.some((x) => x.key === S && x.score !== null),
          "consensus",
        ) +
        leakIf(
          p.activity.history.some((h) => inS(h.criterionKey) && h.reviewer !== w.name),
          "history value",
        )
      );
    },
  ],
  [
    "page: scoring page's one view model (scoringPage)",
    "v",
    async (w) => {
      const p = await scoringPage(w.actor, sc.slug, sc.e0, S);
      return (
        json(p.scores) +
        json(p.agreed) +
        leakIf(
          p.scores.some((x) => x.reviewerId !== w.actor.userId),
          "others' scores",
        )
      );
    },
  ],
  [
    "page: the scoring board the page renders (getScoringBoard)",
    "v",
    async (w) => {
      const b = await getScoringBoard(w.actor, sc.slug, sc.e0, S);
      return json(b) + leakIf(b.others !== null, "others' scores");
    },
  ],
  [
    "page: compare cell popover (/compare/reviews)",
    "v",
    (w) => orNothing(loadCellReviews(w.actor, sc.slug, sc.e0, sc.criteria[0]).then(json)),
  ],
];

beforeAll(async () => {
  sc = await blindScenario();
}, 180_000);

describe("the blind rule", () => {
  itKeepsEveryRowBlind(ROWS, () => sc);
});
