import { beforeAll, describe, expect, it } from "vitest";
import { GET as auditApi } from "@/app/api/v1/audit-events/route";
import { db } from "../db";
import { META } from "../testing/fixtures";
import {
  apiGet,
  blindScenario,
  orNothing,
  pdfText,
  S,
  type BlindScenario,
  type Reader,
} from "../testing/blind-scenario";
import { exportAuditEvents, listAuditEvents } from "./admin/audit-log";
import { createEvaluation } from "./evaluations/evaluations";
import { sharedReport } from "./reports/reports";
import { listScores, submitSection } from "./evaluations/scores";
import { createShareLink, openShareLink } from "./sharing/share-links";
import { exportWorkspaceBackup } from "./admin/workspace-backup";
import { inS, itKeepsEveryRowBlind, json, leakIf, type Row } from "./blind-rule.fixture";

// THE BLIND RULE (blind-rule.fixture.ts) on the side paths: audit, share snapshots, carry-over,
// backups; and what R still sees, and the owner's backup, the stated exception.
let sc: BlindScenario;

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

const ROWS: Row[] = [
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
  [
    "audit: API (GET /api/v1/audit-events, a page and the JSON lines)",
    "y",
    async (w) => {
      const page = JSON.parse(await apiGet(auditApi, "/api/v1/audit-events?limit=500", w, {}));
      const lines = await apiGet(auditApi, "/api/v1/audit-events?format=jsonl", w, {});
      return auditText([
        ...page.events,
        ...lines
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l)),
      ]);
    },
  ],
  ["share snapshot: stored, opened, and its PDF", "x", shareAndRead],
  [
    "share snapshot of the Regulations tab: its frozen readiness",
    "x",
    async (w) => {
      const { token } = await createShareLink(w.actor, sc.slug, {
        evaluationIds: [sc.e0, sc.e1],
        crosswalk: "eu-cra-annex-i",
      });
      const opened = (await openShareLink(token, META))!;
      const [e0] = opened.crosswalk!.readiness.vendors;
      return (
        json(opened) +
        leakIf(
          Object.values(e0.cells).some((c) => c.readiness !== null),
          "readiness",
        )
      );
    },
  ],
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
  itKeepsEveryRowBlind(ROWS, () => sc);

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
