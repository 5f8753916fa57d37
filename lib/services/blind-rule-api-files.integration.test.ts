import { beforeAll, describe } from "vitest";
import { GET as agreedApi } from "@/app/api/v1/evaluations/[id]/agreed/route";
import { GET as scoresApi } from "@/app/api/v1/evaluations/[id]/scores/route";
import { GET as readinessApi } from "@/app/api/v1/evaluations/[id]/readiness/route";
import { GET as summaryApi } from "@/app/api/v1/evaluations/[id]/summary/route";
import { GET as comparisonReadinessApi } from "@/app/api/v1/comparisons/readiness/route";
import { GET as comparisonsApi } from "@/app/api/v1/comparisons/route";
import { apiGet, blindScenario, fileText, pdfText, S, type BlindScenario } from "../testing/blind-scenario";
import { exportComparison, exportEvaluation } from "./reports/evaluation-export";
import { comparisonReport, evaluationReport } from "./reports/reports";
import { inS, itKeepsEveryRowBlind, leakIf, type Row } from "./blind-rule.fixture";
import {
  pdfReadinessLeak,
  readinessCsvLeak,
  readinessJsonLeak,
  readinessSheetLeak,
} from "./blind-rule-readiness.fixture";

// THE BLIND RULE (blind-rule.fixture.ts) on the API, the exports and the PDF reports.
let sc: BlindScenario;

/** A criterion row of S in a criteria × vendors sheet with a cell "4": only X's and Y's consensus is 4. */
const consensusCell = (text: string) =>
  leakIf(
    text.split("\n").some((l) => new RegExp(`^"?${S}"?,"?${S}-\\d+`).test(l) && /(^|,)"?4"?(,|$)/.test(l)),
    "consensus 4 in a sheet",
  );

const ROWS: Row[] = [
  [
    "API: GET /api/v1/evaluations/{id}/scores",
    "v",
    (w) => apiGet(scoresApi, `/api/v1/evaluations/${sc.e0}/scores`, w, { id: sc.e0 }),
  ],
  [
    "API: GET /api/v1/evaluations/{id}/agreed",
    "v",
    (w) => apiGet(agreedApi, `/api/v1/evaluations/${sc.e0}/agreed`, w, { id: sc.e0 }),
  ],
  [
    "API: GET /api/v1/evaluations/{id}/summary",
    "v",
    async (w) => {
      const text = await apiGet(summaryApi, `/api/v1/evaluations/${sc.e0}/summary`, w, { id: sc.e0 });
      return (
        text +
        leakIf(
          (JSON.parse(text).sections as Array<{ key: string; score: number | null }>).some(
            (x) => x.key === S && x.score !== null,
          ),
          "section score",
        )
      );
    },
  ],
  [
    "API: GET /api/v1/evaluations/{id}/readiness",
    "v",
    async (w) => {
      const text = await apiGet(readinessApi, `/api/v1/evaluations/${sc.e0}/readiness`, w, { id: sc.e0 });
      type Crosswalk = {
        readiness: number | null;
        requirements: Array<{ contributing: Array<{ key: string }> }>;
      };
      const crosswalks = JSON.parse(text).crosswalks as Crosswalk[];
      return (
        text +
        leakIf(
          crosswalks.some(
            (c) => c.readiness !== null || c.requirements.some((r) => r.contributing.some((x) => inS(x.key))),
          ),
          "readiness from S",
        )
      );
    },
  ],
  [
    "API: GET /api/v1/comparisons/readiness",
    "v",
    async (w) => {
      const url = `/api/v1/comparisons/readiness?evaluations=${sc.e0},${sc.e1}`;
      const text = await apiGet(comparisonReadinessApi, url, w, {});
      type Vendor = { evaluationId: string; readiness: number | null };
      const crosswalks = JSON.parse(text).crosswalks as Array<{ vendors: Vendor[] }>;
      return (
        text +
        leakIf(
          crosswalks.some((c) => c.vendors.some((v) => v.evaluationId === sc.e0 && v.readiness !== null)),
          "readiness from S",
        )
      );
    },
  ],
  [
    "API: GET /api/v1/comparisons",
    "v",
    async (w) => {
      const text = await apiGet(comparisonsApi, `/api/v1/comparisons?evaluations=${sc.e0},${sc.e1}`, w, {});
      const criteria = JSON.parse(text).criteria as Array<{
        key: string;
        scores: Record<string, number | null>;
      }>;
      return (
        text +
        leakIf(
          criteria.some((c) => inS(c.key) && c.scores[sc.e0] !== null),
          "consensus",
        )
      );
    },
  ],
  ...(["csv", "xlsx", "json", "oscal"] as const).map((format): Row => [
    `export: evaluation ${format}`,
    "v",
    async (w) => fileText(await exportEvaluation(w.actor, sc.slug, sc.e0, { format })),
  ]),
  ...(["csv", "xlsx", "json"] as const).map((format): Row => [
    `export: comparison ${format}`,
    "v",
    async (w) => {
      const text = await fileText(
        await exportComparison(w.actor, sc.slug, { evaluations: `${sc.e0},${sc.e1}`, format }),
      );
      return text + consensusCell(text);
    },
  ]),
  [
    "export: evaluation and comparison readiness (JSON member)",
    "v",
    async (w) => {
      const own = await fileText(await exportEvaluation(w.actor, sc.slug, sc.e0, { format: "json" }));
      const both = await fileText(
        await exportComparison(w.actor, sc.slug, { evaluations: `${sc.e0},${sc.e1}`, format: "json" }),
      );
      return readinessJsonLeak(own) + readinessJsonLeak(both);
    },
  ],
  [
    "export: evaluation and comparison readiness (CSV kind=readiness, XLSX Readiness sheet)",
    "v",
    async (w) => {
      const evaluation = { format: "csv", kind: "readiness" };
      const comparison = { evaluations: `${sc.e0},${sc.e1}`, format: "csv", kind: "readiness" };
      const xlsx = { evaluations: `${sc.e0},${sc.e1}`, format: "xlsx" };
      return [
        readinessCsvLeak(await exportEvaluation(w.actor, sc.slug, sc.e0, evaluation)),
        readinessCsvLeak(await exportComparison(w.actor, sc.slug, comparison)),
        await readinessSheetLeak(await exportEvaluation(w.actor, sc.slug, sc.e0, { format: "xlsx" })),
        await readinessSheetLeak(await exportComparison(w.actor, sc.slug, xlsx)),
      ].join("\n");
    },
  ],
  [
    "PDF: evaluation report (and its readiness chapter)",
    "v",
    async (w) => {
      const text = pdfText((await evaluationReport(w.actor, sc.slug, sc.e0)).pdf);
      return text + pdfReadinessLeak(text);
    },
  ],
  [
    "PDF: comparison report (and its readiness chapter)",
    "v",
    async (w) => {
      const report = await comparisonReport(w.actor, sc.slug, { evaluations: `${sc.e0},${sc.e1}` });
      const text = pdfText(report.pdf);
      return text + pdfReadinessLeak(text);
    },
  ],
];

beforeAll(async () => {
  sc = await blindScenario();
}, 180_000);

describe("the blind rule", () => {
  itKeepsEveryRowBlind(ROWS, () => sc);
});
