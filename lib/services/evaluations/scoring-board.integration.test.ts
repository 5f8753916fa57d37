import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import type { Role } from "../../generated/prisma/enums";
import { createEvaluationFixture, createMember, owaspCatalogue, sessionActor } from "../../testing/fixtures";
import { evaluationPage } from "./evaluation-page";
import { assignSectionReviewers, changeEvaluationStatus } from "./evaluations";
import { getScoringBoard } from "./scoring-board";
import { saveScore, submitSection } from "./scores";

/**
 * The scoring board's and the overview's view models against the real database: why a section
 * is locked in each state, and which controls each role is offered. The page only renders these.
 */
let slug: string;
const as: Record<Role, Actor> = {} as Record<Role, Actor>;
let section: { key: string; criteria: string[] };
let other: string;

beforeAll(async () => {
  const catalogue = await owaspCatalogue();
  const owner = await createMember({ role: "owner" });
  slug = owner.slug;
  as.owner = await sessionActor(owner.userId);
  for (const role of ["admin", "reviewer", "viewer"] as const)
    as[role] = await sessionActor((await createMember({ role, slug })).userId);
  // The smallest section, so a reviewer can score all of it and submit.
  const sections = await db().section.findMany({
    where: { catalogueId: catalogue.id },
    select: { key: true, criteria: { orderBy: { position: "asc" }, select: { key: true } } },
  });
  sections.sort((a, b) => a.criteria.length - b.criteria.length);
  section = { key: sections[0].key, criteria: sections[0].criteria.map((c) => c.key) };
  other = sections[1].key;
});

const board = (role: Role, ev: string, key = section.key) => getScoringBoard(as[role], slug, ev, key);

describe("getScoringBoard: why a section is locked", () => {
  it("is open to every role that may score an unassigned section, and read-only for viewers", async () => {
    const { evaluationId: ev } = await createEvaluationFixture(slug);
    for (const role of ["owner", "admin", "reviewer"] as const)
      expect(await board(role, ev), role).toMatchObject({ locked: false, lockedReason: null });
    expect(await board("viewer", ev)).toMatchObject({
      locked: true,
      lockedReason: "You do not score this section.",
    });
  });

  it("locks a section for a reviewer not among its assignees, not for an assignee", async () => {
    const { evaluationId: ev } = await createEvaluationFixture(slug);
    await assignSectionReviewers(as.owner, slug, ev, {
      sectionKey: section.key,
      assigneeIds: [as.admin.userId],
    });
    expect(await board("reviewer", ev)).toMatchObject({
      locked: true,
      lockedReason: "You do not score this section.",
    });
    expect(await board("admin", ev)).toMatchObject({ locked: false, lockedReason: null });
  });

  it("locks a submitted section for the one who submitted it, and shows them the others' scores", async () => {
    const { evaluationId: ev } = await createEvaluationFixture(slug);
    for (const key of section.criteria)
      await saveScore(as.admin, slug, ev, key, { value: 2, rationale: `admin on ${key}` });
    for (const key of section.criteria)
      await saveScore(as.reviewer, slug, ev, key, { value: 3, rationale: `reviewer on ${key}` });
    const before = await board("reviewer", ev);
    expect(before.others).toBeNull(); // blind until submitted
    expect(before.initial[section.criteria[0]]).toMatchObject({
      draft: { value: 3, rationale: `reviewer on ${section.criteria[0]}` },
      version: 1,
      status: "saved",
    });
    await submitSection(as.reviewer, slug, ev, section.key);
    const after = await board("reviewer", ev);
    expect(after).toMatchObject({ locked: true, lockedReason: "You submitted this section.", blind: false });
    expect(after.others?.[section.criteria[0]].map((o) => o.value).sort()).toEqual([2, 3]);
    // The admin has not submitted: still open, still blind.
    expect(await board("admin", ev)).toMatchObject({ locked: false, others: null, blind: true });
  });

  it("locks everything for everyone once final, with the final reason first", async () => {
    const { evaluationId: ev } = await createEvaluationFixture(slug);
    for (const key of section.criteria) await saveScore(as.reviewer, slug, ev, key, { value: 1 });
    await submitSection(as.reviewer, slug, ev, section.key);
    await changeEvaluationStatus(as.owner, slug, ev, { status: "final" });
    for (const role of ["owner", "admin", "reviewer", "viewer"] as const)
      expect(await board(role, ev), role).toMatchObject({
        locked: true,
        lockedReason: "Final: read-only.",
        canAgree: false,
      });
  });

  it("has no board for a section out of scope (404), while the others stay open", async () => {
    const { evaluationId: ev } = await createEvaluationFixture(slug);
    await db().evaluationSection.updateMany({
      where: { evaluationId: ev, sectionKey: section.key },
      data: { inScope: false, outOfScopeReason: "not offered" },
    });
    await expect(board("reviewer", ev)).rejects.toMatchObject({ code: "not_found" });
    expect(await board("reviewer", ev, other)).toMatchObject({ locked: false });
  });

  it("offers setting agreed values to owners and admins only", async () => {
    const { evaluationId: ev } = await createEvaluationFixture(slug);
    const flags = await Promise.all(
      (["owner", "admin", "reviewer", "viewer"] as const).map((r) => board(r, ev)),
    );
    expect(flags.map((b) => b.canAgree)).toEqual([true, true, false, false]);
  });
});

describe("evaluationPage: what the overview offers each role", () => {
  it("gives managers the status changes and the reviewer picker; reviewers score; viewers view", async () => {
    const { evaluationId: ev } = await createEvaluationFixture(slug);
    const pages = await Promise.all(
      (["owner", "admin", "reviewer", "viewer"] as const).map((r) => evaluationPage(as[r], slug, ev)),
    );
    expect(pages.map((p) => p.can)).toEqual([
      { manage: true, assign: true, score: true },
      { manage: true, assign: true, score: true },
      { manage: false, assign: false, score: true },
      { manage: false, assign: false, score: false },
    ]);
    expect(pages.map((p) => p.transitions.map((t) => t.status))).toEqual([
      ["in_review", "final"],
      ["in_review", "final"],
      [],
      [],
    ]);
    // The picker lists who may score (not the viewer), for managers only.
    const picker = pages[0].reviewers.map((m) => m.id).sort();
    expect(picker).toEqual([as.owner.userId, as.admin.userId, as.reviewer.userId].sort());
    expect(pages[2].reviewers).toEqual([]);
  });

  it("follows the status: reopening a final evaluation, no assigning or scoring while final", async () => {
    const { evaluationId: ev } = await createEvaluationFixture(slug);
    await changeEvaluationStatus(as.owner, slug, ev, { status: "in_review" });
    const review = await evaluationPage(as.admin, slug, ev);
    expect(review.transitions).toEqual([
      { status: "final", label: "Finalise", variant: "primary" },
      { status: "draft", label: "Back to draft", variant: "secondary" },
    ]);
    expect(review).toMatchObject({ askReason: false, header: { statusLabel: "in review" } });
    expect(review.assignable.length).toBeGreaterThan(0);
    await changeEvaluationStatus(as.owner, slug, ev, { status: "final" });
    const final = await evaluationPage(as.admin, slug, ev);
    expect(final.transitions).toEqual([{ status: "in_review", label: "Reopen", variant: "secondary" }]);
    expect(final.can).toEqual({ manage: true, assign: false, score: false });
    // Final: reopening asks for a reason, nobody is assigned, and every section link says "View".
    expect(final).toMatchObject({ askReason: true, assignable: [], header: { statusLabel: "final" } });
    expect(final.rows.filter((r) => r.link).every((r) => r.link === "View")).toBe(true);
  });

  it("lists unscored criteria as gaps and the lowest consensus as weakest, in sections the caller may see", async () => {
    const { evaluationId: ev } = await createEvaluationFixture(slug);
    const [low, high, ...rest] = section.criteria;
    await saveScore(as.reviewer, slug, ev, low, { value: 0 });
    await saveScore(as.reviewer, slug, ev, high, { value: 4 });
    for (const key of rest) await saveScore(as.reviewer, slug, ev, key, { value: 2 });
    await submitSection(as.reviewer, slug, ev, section.key);
    const mine = await evaluationPage(as.reviewer, slug, ev);
    expect(mine.weakest[0]).toMatchObject({ key: low, sectionKey: section.key, value: 0 });
    expect(mine.gaps.some((g) => g.sectionKey === section.key)).toBe(false);
    // Another section the reviewer may score but has not submitted: blind to them, a gap to a viewer.
    expect(mine.gaps.some((g) => g.sectionKey === other)).toBe(false);
    expect((await evaluationPage(as.viewer, slug, ev)).gaps.some((g) => g.sectionKey === other)).toBe(true);
    expect(mine.radar.map((s) => s.key)).toContain(section.key);
    // The admin may score this section and has not submitted it: blind, so none of it shows.
    const blind = await evaluationPage(as.admin, slug, ev);
    expect([...blind.weakest, ...blind.gaps].some((i) => i.sectionKey === section.key)).toBe(false);
    expect(blind.radar.map((s) => s.key)).not.toContain(section.key);
  });
});
