import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { META, createMember, owaspCatalogue, sessionActor } from "../testing/fixtures";
import { countStatements } from "../testing/statement-count";
import { comparePage, compareView } from "./comparisons/compare-page";
import { workspaceDashboard } from "./workspaces/dashboard";
import { evaluationPage } from "./evaluations/evaluation-page";
import { evaluationReadiness } from "./evaluations/readiness";
import { loadSampleWorkspace } from "./workspaces/sample-workspace";
import { saveComparison } from "./comparisons/saved-comparisons";
import { getScoringBoard } from "./evaluations/scoring-board";
import { scoringPage } from "./evaluations/scoring-page";
import { actorFromSession } from "./accounts/sessions";
import { workspaceNav } from "./workspaces/workspaces";

/**
 * Issue 13: each of these pages renders from at most 5 SQL statements, counted on the pool
 * (Prisma and plain pg alike). The page services are counted alone (one authorisation plus
 * one query per concern): at most 4, as the render adds the session check, and the layout's
 * membership read is the one the page's authorisation then shares (the last test; `npm run
 * bench` counts the whole render).
 */
const BUDGET = 4;
let actor: Actor;
let slug: string;
let ids: string[];

beforeAll(async () => {
  await owaspCatalogue();
  const owner = await createMember({ role: "owner" });
  actor = await sessionActor(owner.userId);
  const ws = await loadSampleWorkspace(actor);
  slug = ws.slug;
  ids = (
    await db().evaluation.findMany({
      where: { workspaceId: ws.id, status: { not: "draft" } },
      orderBy: { createdAt: "asc" },
      select: { id: true },
      take: 10,
    })
  ).map((r) => r.id);
  // The dashboard shows up to 6 saved comparisons, each with its leader.
  for (let i = 0; i < 5; i++)
    await saveComparison(actor, slug, {
      name: `shortlist ${i}`,
      query: `e=${ids.slice(i, i + 4).join(",")}`,
    });
  // Warm the per-process catalogue caches, as any earlier request of a running server has.
  await scoringPage(actor, slug, ids[0], "GW").catch(() => undefined);
}, 120_000);

describe("statements per page", () => {
  it(`the compare page with 10 vendors runs at most ${BUDGET}`, async () => {
    expect(ids).toHaveLength(10);
    const { result, count, statements } = await countStatements(() => comparePage(actor, slug, ids));
    expect(result.data?.vendors).toHaveLength(10);
    expect(result.problem).toBeNull();
    expect(result.evaluations.length).toBeGreaterThanOrEqual(10);
    expect(count, statements.join("\n")).toBeLessThanOrEqual(BUDGET);
  });

  it(`the compare page's Regulations tab with 10 vendors runs at most ${BUDGET}: the crosswalks in one more`, async () => {
    const search = { e: ids.join(","), xw: "eu-cra-annex-i" };
    const { result, count, statements } = await countStatements(() => compareView(actor, slug, search));
    const tab = result.comparison?.crosswalk;
    expect(tab?.state === "shown" && tab.crosswalk.readiness.vendors).toHaveLength(10);
    expect(result.comparison?.scores).toBeNull();
    expect(count, statements.join("\n")).toBeLessThanOrEqual(BUDGET);
    const scores = await countStatements(() => compareView(actor, slug, { e: ids.join(",") }));
    // The scores tab does not read the crosswalks at all.
    expect(count - scores.count, scores.statements.join("\n")).toBe(1);
  });

  it(`the dashboard (6 saved comparisons with leaders) runs at most ${BUDGET}`, async () => {
    const { result, count, statements } = await countStatements(() => workspaceDashboard(actor, slug));
    expect(result.comparisons).toHaveLength(6);
    expect(result.comparisons.every((c) => c.top)).toBe(true);
    expect(count, statements.join("\n")).toBeLessThanOrEqual(BUDGET);
  });

  it(`the evaluation overview runs at most ${BUDGET}`, async () => {
    const { result, count, statements } = await countStatements(() => evaluationPage(actor, slug, ids[0]));
    expect(result.summary.overall).not.toBeNull();
    expect(result.activity.progress.length).toBeGreaterThan(0);
    // The crosswalks come inside the page's statement: the same readiness as the API's.
    const api = await evaluationReadiness(actor, slug, ids[0]);
    expect(result.regulations.regulations.map((r) => [r.slug, r.readiness])).toEqual(
      api.crosswalks.map((c) => [c.target.slug, c.readiness]),
    );
    expect(result.regulations.regulations.length).toBeGreaterThanOrEqual(3);
    expect(count, statements.join("\n")).toBeLessThanOrEqual(BUDGET);
  });

  it(`the scoring page runs at most ${BUDGET}`, async () => {
    const ev = await evaluationPage(actor, slug, ids[0]);
    const key = ev.evaluation.sections.find((s) => s.inScope)!.key;
    const { result, count, statements } = await countStatements(() =>
      getScoringBoard(actor, slug, ids[0], key),
    );
    expect(result.criteria.length).toBeGreaterThan(0);
    // Scores were read: the caller's own drafts, or everyone's where the blind rule lets them see.
    const mine = Object.values(result.initial).filter((c) => c.version > 0).length;
    expect(mine + Object.values(result.others ?? {}).flat().length).toBeGreaterThan(0);
    expect(count, statements.join("\n")).toBeLessThanOrEqual(BUDGET);
  });

  it("the session check and the workspace layout add two statements: one each", async () => {
    const { count, statements } = await countStatements(async () => {
      await actorFromSession(actor.sessionId!, META);
      await workspaceNav(actor, slug);
    });
    expect(count, statements.join("\n")).toBeLessThanOrEqual(2);
  });
});
