import { beforeAll, describe, expect, it } from "vitest";
import { comparisonSummary } from "../../compare/summary";
import { db } from "../../db";
import { sessionActor, type TestMember } from "../../testing/fixtures";
import { loadComparison } from "../comparisons/comparisons";
import { evaluationSummary } from "../evaluations/evaluation-summary";
import { comparisonReport, evaluationReport } from "./reports";
import { IN_SCOPE, inked, inspect, reportWorld, SCRIPTS, XSS } from "./reports.fixture";

// What a report prints: the numbers the pages show, every script, user text as typed, the blind rule.
let owner: TestMember;
let blind: TestMember;
let evaluations: string[];

beforeAll(async () => {
  ({ owner, blind, evaluations } = await reportWorld());
}, 180_000);

describe("PDF reports", () => {
  it("prints a 3-vendor comparison with the dashboard's numbers, every script, and literal user text", async () => {
    const actor = await sessionActor(owner.userId);
    const report = await comparisonReport(actor, owner.slug, {
      evaluations: evaluations.join(","),
      profile: "consumer-device",
    });
    expect(report.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(report.fileName).toMatch(/^comparison-[a-z0-9-]+\.pdf$/);
    const { text, flat, layout, pages } = inspect(report.pdf);
    const summary = comparisonSummary(
      await loadComparison(actor, owner.slug, evaluations),
      "consumer-device",
    )!;
    for (const v of summary.vendors) {
      expect(text).toContain(v.framework.name);
      // The ranking row (a long name may wrap within its cell; the numbers stay on its first line).
      const row = layout
        .split("\n")
        .find((l) => l.trim().startsWith(`${v.rank} ${v.framework.name.split(" ")[0]}`));
      expect(row).toContain(` ${Math.round(v.overall!)} ${Math.round(v.coverage * 100)} %`);
      for (const s of v.sections) expect(text).toContain(String(Math.round(s.score!)));
    }
    // Each section table row reads as the UI shows it: every vendor's Math.round score, in order.
    for (const key of IN_SCOPE) {
      const row = summary.vendors
        .map((v) => String(Math.round(v.sections.find((s) => s.key === key)!.score!)))
        .join(" ");
      expect(layout).toContain(`Section score (0–100) ${row}`);
    }
    expect(text).toContain(SCRIPTS);
    expect(text).toContain(XSS);
    expect(text).toContain("Methodology");
    expect(flat).toContain("Σ(weight × consensus) / Σ(weight × max) × 100");
    expect(flat).toContain("N/A rule");
    expect(flat).toContain("Blind scoring");
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain("https://docs.example/GW-01?q=1");
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pages) expect(inked(p), p).toBe(true);
    const audit = await db().auditEvent.findFirst({
      where: { action: "report.generated", actorId: owner.userId, targetType: "comparison" },
      orderBy: { id: "desc" },
    });
    expect(audit?.after).toMatchObject({
      kind: "comparison",
      evaluationIds: evaluations,
      profile: "consumer-device",
    });
  });

  it("prints one evaluation with its overview's numbers and agreement", async () => {
    const actor = await sessionActor(owner.userId);
    const report = await evaluationReport(actor, owner.slug, evaluations[0], {});
    const { text, flat, layout, pages } = inspect(report.pdf);
    const overview = await evaluationSummary(actor, owner.slug, evaluations[0], {});
    expect(text).toContain(SCRIPTS);
    expect(flat).toContain(`scores ${Math.round(overview.overall!)} of 100 overall`);
    expect(flat).toContain(`${overview.alpha!.toFixed(2)} · ${overview.alphaLabel}`);
    for (const s of overview.sections)
      expect(layout).toContain(`Section score (0–100) ${Math.round(s.score!)}`);
    expect(text).toContain("second reviewer on GW-01");
    expect(text).toContain(XSS);
    expect(flat).toMatch(/Agreement \(α\)/);
    for (const p of pages) expect(inked(p), p).toBe(true);
  });

  it("keeps the blind rule: a reviewer who has not submitted sees no one else's rationale", async () => {
    const actor = await sessionActor(blind.userId);
    const { text } = inspect((await evaluationReport(actor, owner.slug, evaluations[1])).pdf);
    expect(text).not.toContain("owner says");
    expect(text).not.toContain("second reviewer on");
    expect(text).toContain("blind");
    const { text: cmp } = inspect(
      (await comparisonReport(actor, owner.slug, { evaluations: evaluations.join(",") })).pdf,
    );
    expect(cmp).not.toContain("second reviewer on");
  });
});
