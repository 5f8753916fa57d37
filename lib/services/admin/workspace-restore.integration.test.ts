import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ThrowawayDatabase } from "../../../scripts/throwaway-db";
import type { Actor } from "../../auth/actor";
import { parseViewState } from "../../compare/view-state";
import { db } from "../../db";
import { createMember, sessionActor, type TestMember } from "../../testing/fixtures";
import { dropOwnDatabase, useOwnDatabase } from "../../testing/own-database";
import { evaluationSummary } from "../evaluations/evaluation-summary";
import { issuePasswordReset, massCredentialReset, setUserDisabled } from "./security-admin";
import { restoreWorkspace } from "./workspace-restore";
import { backedUpWorkspace, restoringInstance, type Summary } from "./workspace-backup.fixture";

// A restore reproduces the workspace (same summaries, remapped ids) and maps its people: the
// restorer or the person they name, everyone else a placeholder that can never sign in.
let own: ThrowawayDatabase | undefined;
let owner: TestMember;
let reviewerEmail: string;
let text: string;
let frameworkNames: string[];
let before: Map<string, Summary>;

const picked = (s: Summary) => ({
  overall: s.overall,
  coverage: s.coverage,
  alpha: s.alpha,
  disqualified: s.disqualified,
  sections: s.sections.map((x) => ({
    key: x.key,
    score: x.score,
    coverage: x.coverage,
    alpha: x.alpha,
    disagreements: x.disagreements,
    submittedBy: x.submittedBy,
    hidden: x.hidden,
  })),
});

beforeAll(async () => {
  ({ owner, reviewerEmail, text, frameworkNames, before } = await backedUpWorkspace());
}, 120_000);

afterAll(() => dropOwnDatabase(own));

describe("restore into a new database", () => {
  let restorer: Actor;
  let bystander: TestMember;
  beforeAll(async () => {
    own = await useOwnDatabase("scorecard_backup");
    ({ restorer, bystander } = await restoringInstance(owner.email, reviewerEmail));
  }, 120_000);

  it("reproduces identical summaries under the custom profile, with remapped ids", async () => {
    const ws = await restoreWorkspace(restorer, text);
    expect(ws.name).toMatch(/\(restored\)$/);
    const profile = await db().weightProfile.findFirstOrThrow({
      where: { workspaceId: ws.id, name: "Gateway first" },
    });
    const evs = await db().evaluation.findMany({
      where: { workspaceId: ws.id },
      select: { id: true, framework: { select: { name: true } } },
    });
    expect(evs).toHaveLength(2);
    for (const ev of evs) {
      const after = await evaluationSummary(restorer, ws.slug, ev.id, { profile: profile.id });
      expect(picked(after)).toEqual(picked(before.get(ev.framework.name)!));
      expect(after.consensus).toEqual(before.get(ev.framework.name)!.consensus);
    }
    const byName = new Map(evs.map((e) => [e.framework.name, e.id]));
    const saved = await db().savedComparison.findFirstOrThrow({ where: { workspaceId: ws.id } });
    const view = parseViewState(new URLSearchParams(saved.query));
    expect(view.evaluations).toEqual(frameworkNames.map((n) => byName.get(n)));
    expect(view.profile).toBe(profile.id);
    expect(view.sortBy).toBe(byName.get(frameworkNames[1]));
    // The backup's reviewer is a new placeholder, not the real account with that email.
    const reviewers = await db().membership.findMany({
      where: { workspaceId: ws.id, role: "reviewer" },
      select: {
        user: {
          select: {
            id: true,
            email: true,
            name: true,
            disabledAt: true,
            placeholder: true,
            createdVia: true,
            createdById: true,
            passwordHash: true,
          },
        },
      },
    });
    expect(reviewers).toHaveLength(1);
    const placeholder = reviewers[0].user;
    expect(placeholder).toMatchObject({
      placeholder: true,
      disabledAt: expect.any(Date),
      createdVia: "restore",
      createdById: restorer.userId,
      name: expect.stringMatching(/ \(restored\)$/),
    });
    expect(placeholder.email).toMatch(/^restored\+[0-9a-f-]{36}@placeholder\.invalid$/);
    expect(placeholder.passwordHash).not.toMatch(/^\$argon2/);
    expect(await db().membership.count({ where: { workspaceId: ws.id, userId: bystander.userId } })).toBe(0);
    expect(await db().score.count({ where: { workspaceId: ws.id, reviewerId: bystander.userId } })).toBe(0);
    expect(
      await db().score.count({ where: { workspaceId: ws.id, reviewerId: placeholder.id } }),
    ).toBeGreaterThan(0);
    expect(
      await db().score.count({ where: { workspaceId: ws.id, reviewerId: restorer.userId } }),
    ).toBeGreaterThan(0);
    expect(
      await db().user.findUniqueOrThrow({
        where: { id: bystander.userId },
        select: { disabledAt: true, placeholder: true },
      }),
    ).toEqual({ disabledAt: null, placeholder: false });

    // Placeholders can never be enabled or given a password, not even by the workspace's owner.
    await expect(
      setUserDisabled(restorer, ws.slug, { userId: placeholder.id, disabled: false }),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/placeholder/) });
    await expect(issuePasswordReset(restorer, ws.slug, { userId: placeholder.id })).rejects.toMatchObject({
      code: "conflict",
    });
    const links = await massCredentialReset(restorer, ws.slug, { confirm: ws.slug });
    expect(links.map((l) => l.email)).not.toContain(placeholder.email);
    expect(
      await db().user.findUniqueOrThrow({
        where: { id: placeholder.id },
        select: { disabledAt: true, passwordHash: true },
      }),
    ).toEqual({ disabledAt: placeholder.disabledAt, passwordHash: placeholder.passwordHash });
    expect(await db().passwordResetToken.count({ where: { userId: placeholder.id } })).toBe(0);
    expect(await db().scoreHistory.count({ where: { score: { workspaceId: ws.id } } })).toBe(
      await db().score.count({ where: { workspaceId: ws.id } }),
    );
    expect(await db().auditEvent.count({ where: { workspaceId: ws.id, action: "workspace.restored" } })).toBe(
      1,
    );
  }, 60_000);

  it("maps the backup person the restorer names to the restorer; everyone else becomes a placeholder", async () => {
    const other = await createMember();
    const otherActor = await sessionActor(other.userId);
    const before = await db().workspace.count();
    await expect(restoreWorkspace(otherActor, text, { me: "nobody@example.test" })).rejects.toMatchObject({
      code: "validation_failed",
      issues: [{ field: "me" }],
    });
    expect(await db().workspace.count()).toBe(before);

    const ws = await restoreWorkspace(otherActor, text, { me: reviewerEmail.toUpperCase() });
    expect(
      await db().score.count({ where: { workspaceId: ws.id, reviewerId: other.userId } }),
    ).toBeGreaterThan(0);
    // The backup's owner is someone else here: a placeholder, not the account with that email.
    expect(
      await db().score.count({
        where: { workspaceId: ws.id, reviewerId: { in: [restorer.userId, bystander.userId] } },
      }),
    ).toBe(0);
    const members = await db().membership.findMany({
      where: { workspaceId: ws.id },
      select: { role: true, user: { select: { id: true, placeholder: true } } },
    });
    expect(members.map((m) => [m.role, m.user.id === other.userId || m.user.placeholder]).sort()).toEqual([
      ["owner", true],
      ["reviewer", true],
    ]);
    // The restorer's scores are their own now, and the summary is the same as in the backup.
    const evs = await db().evaluation.findMany({
      where: { workspaceId: ws.id },
      select: { id: true, framework: { select: { name: true } } },
    });
    for (const ev of evs)
      expect((await evaluationSummary(otherActor, ws.slug, ev.id)).overall).not.toBeNull();
  }, 60_000);
});
