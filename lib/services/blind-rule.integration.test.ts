import { beforeAll, describe, expect, it } from "vitest";
import { GET as agreedApi } from "@/app/api/v1/evaluations/[id]/agreed/route";
import { GET as scoresApi } from "@/app/api/v1/evaluations/[id]/scores/route";
import { GET as summaryApi } from "@/app/api/v1/evaluations/[id]/summary/route";
import { GET as comparisonsApi } from "@/app/api/v1/comparisons/route";
import { db } from "../db";
import { META } from "../testing/fixtures";
import {
  apiGet,
  blindScenario,
  fileText,
  orNothing,
  pdfText,
  S,
  type BlindScenario,
  type Reader,
} from "../testing/blind-scenario";
import { listAgreedScores } from "./evaluations/agreed-scores";
import { exportAuditEvents, listAuditEvents } from "./admin/audit-log";
import { loadCellReviews, loadComparison } from "./comparisons/comparisons";
import { comparePage } from "./comparisons/compare-page";
import { workspaceDashboard } from "./workspaces/dashboard";
import { evaluationPage } from "./evaluations/evaluation-page";
import { getScoringBoard } from "./evaluations/scoring-board";
import { scoringPage } from "./evaluations/scoring-page";
import { evaluationActivity } from "./evaluations/evaluation-activity";
import { exportComparison, exportEvaluation } from "./reports/evaluation-export";
import { evaluationSummary } from "./evaluations/evaluation-summary";
import { createEvaluation, getEvaluation } from "./evaluations/evaluations";
import { comparisonReport, evaluationReport, sharedReport } from "./reports/reports";
import { listScores, submitSection } from "./evaluations/scores";
import { createShareLink, openShareLink } from "./sharing/share-links";
import { exportWorkspaceBackup } from "./admin/workspace-backup";

/**
 * THE BLIND RULE, stated once: a reviewer R who has not submitted section S sees no other
 * reviewer's value or rationale for S — on any read path. Each row reads one path as R and
 * serialises what comes back (JSON, CSV, XLSX cells, PDF text); the assertion is a search of
 * that text for the marker rationales, evidence links and agreed reason of S. Paths that show
 * numbers only (consensus, section scores, score history, audit bodies) add a `LEAK:` token to
 * their text when a value of S by someone else shows, so the same search covers them.
 * Each row is also read by someone who may see S (`seer`): finding the markers there proves
 * the search would catch a leak. Backups are owner-only; see the last test for the owner.
 */
let sc: BlindScenario;

const json = (v: unknown) => JSON.stringify(v, (_, x) => (typeof x === "bigint" ? String(x) : x));
const leakIf = (shown: boolean, what: string) => (shown ? ` LEAK:${what}` : "");
const inS = (key: string) => key.startsWith(`${S}-`);
const found = (text: string) => text.match(sc.secrets)?.[0] ?? text.match(/LEAK:[^"]*/)?.[0] ?? null;
/** A criterion row of S in a criteria × vendors sheet with a cell "4": only X's and Y's consensus is 4. */
const consensusCell = (text: string) =>
  leakIf(
    text.split("\n").some((l) => new RegExp(`^"?${S}"?,"?${S}-\\d+`).test(l) && /(^|,)"?4"?(,|$)/.test(l)),
    "consensus 4 in a sheet",
  );

async function auditText(
  lines: Array<{ action: string; targetId: string | null; before: unknown; after: unknown }>,
) {
  const aboutS = lines.filter((e) => e.targetId?.startsWith(`${sc.e0}/${S}-`));
  return (
    json(aboutS) +
    leakIf(
      aboutS.some((e) => /"(value|notApplicable|rationale)":/.test(json([e.before, e.after]))),
      "audit value",
    )
  );
}

/** The copy attack: copy e0, submit S in the copy (carried scores count), read the copy. */
async function copyAndRead(who: Reader) {
  const copy = await createEvaluation(who.actor, sc.slug, {
    frameworkId: sc.frameworkId,
    catalogue: { slug: "owasp-iot-framework", version: "2016-03-18" },
    fromEvaluationId: sc.e0,
  });
  await submitSection(who.actor, sc.slug, copy.id, S).catch(() => undefined);
  const rows = await db().score.findMany({ where: { evaluationId: copy.id }, select: { reviewerId: true } });
  return (
    json((await listScores(who.actor, sc.slug, copy.id)).scores) +
    leakIf(
      rows.some((s) => s.reviewerId !== who.actor.userId),
      "copied others' scores",
    )
  );
}

async function shareAndRead(who: Reader) {
  const link = await createShareLink(who.actor, sc.slug, { evaluationIds: [sc.e0, sc.e1] });
  const row = await db().shareLink.findUniqueOrThrow({ where: { id: link.id }, select: { snapshot: true } });
  const report = await sharedReport(link.token, META, {});
  return json(row.snapshot) + json(await openShareLink(link.token, META)) + pdfText(report!.pdf);
}

type Row = [path: string, seer: "v" | "x" | "y" | null, read: (who: Reader) => Promise<string>];

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
    "PDF: evaluation report",
    "v",
    async (w) => pdfText((await evaluationReport(w.actor, sc.slug, sc.e0)).pdf),
  ],
  [
    "PDF: comparison report",
    "v",
    async (w) =>
      pdfText((await comparisonReport(w.actor, sc.slug, { evaluations: `${sc.e0},${sc.e1}` })).pdf),
  ],
  [
    "audit: list (/w/<ws>/audit)",
    "y",
    async (w) => auditText((await listAuditEvents(w.actor, sc.slug, { limit: 500 })).events),
  ],
  [
    "audit: export (/w/<ws>/audit/export)",
    "y",
    async (w) => {
      const lines: string[] = [];
      for await (const line of exportAuditEvents(w.actor, sc.slug, {})) lines.push(line);
      return auditText(lines.map((l) => JSON.parse(l)));
    },
  ],
  ["share snapshot: stored, opened, and its PDF", "x", shareAndRead],
  ["carry-over: a copy of e0, section submitted there", "x", copyAndRead],
  [
    "backup: /w/<ws>/backup (owners only)",
    null,
    (w) => orNothing(exportWorkspaceBackup(w.actor, sc.slug).then((b) => json(b.backup))),
  ],
];

beforeAll(async () => {
  sc = await blindScenario();
}, 180_000);

describe("the blind rule", () => {
  it.each(ROWS)(
    "%s: R, who has not submitted S, sees no other reviewer's value or rationale for S",
    async (path, seer, read) => {
      expect(found(await read(sc.r)), path).toBeNull();
      // The same search finds something for a reader who may see S: it would catch a leak.
      if (seer) expect(found(await read(sc[seer])), `${path}, read by ${sc[seer].label}`).not.toBeNull();
    },
  );

  it("is R's own view, not an empty one: R sees their own scores of S", async () => {
    const mine = (await listScores(sc.r.actor, sc.slug, sc.e0)).scores.filter((s) => inS(s.criterionKey));
    expect(mine.map((s) => s.reviewerId)).toEqual(mine.map(() => sc.r.actor.userId));
    expect(mine).toHaveLength(sc.criteria.length);
  });

  it("audit: score saves record versions, never values; old rows are withheld on read; agreed values show to those who may see S", async () => {
    const saves = await db().auditEvent.findMany({
      where: { action: "score.saved", targetId: `${sc.e0}/${sc.criteria[2]}`, actorId: sc.x.actor.userId },
      select: { before: true, after: true },
    });
    expect(saves).toEqual([
      { before: null, after: { version: 1, sectionKey: S, criterionKey: sc.criteria[2] } },
    ]);
    const history = await db().scoreHistory.findMany({
      where: { score: { evaluationId: sc.e0, criterionKey: sc.criteria[2], reviewerId: sc.x.actor.userId } },
      select: { version: true, value: true },
    });
    expect(history).toEqual([{ version: 1, value: 4 }]); // the values stay in the score history
    const events = (await listAuditEvents(sc.y.actor, sc.slug, { limit: 500 })).events;
    const old = events.find(
      (e) => e.action === "score.saved" && e.targetId === `${sc.e0}/${sc.criteria[1]}` && e.redacted,
    )!;
    expect(old).toMatchObject({ before: { version: 1 }, after: { version: 2 }, redacted: true });
    const agreed = events.find((e) => e.action === "consensus.agreed")!;
    expect(agreed).toMatchObject({ redacted: false, after: { value: 4 } });
    const forR = (await listAuditEvents(sc.r.actor, sc.slug, { limit: 500 })).events.find(
      (e) => e.action === "consensus.agreed",
    )!;
    expect(forR).toMatchObject({ redacted: true, after: {} });
  });

  it("backups: a blind admin is refused; the owner's backup is the full copy (the stated exception)", async () => {
    await expect(exportWorkspaceBackup(sc.r.actor, sc.slug)).rejects.toMatchObject({ code: "forbidden" });
    // The owner is blind to S here too (owners may score it and have not submitted), yet a
    // backup must restore everything: it is owner-only, session-only and audited instead.
    expect(json((await exportWorkspaceBackup(sc.owner.actor, sc.slug)).backup)).toMatch(sc.secrets);
    expect(
      await db().auditEvent.count({
        where: {
          action: "workspace.backup_exported",
          workspaceId: sc.workspaceId,
          actorId: sc.owner.actor.userId,
        },
      }),
    ).toBe(1);
  });
});
