import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ThrowawayDatabase } from "../../../scripts/throwaway-db";
import type { Actor } from "../../auth/actor";
import { backupSchema } from "../../backup/schema";
import { parseViewState } from "../../compare/view-state";
import { db } from "../../db";
import { createEvaluationFixture, createMember, sessionActor, type TestMember } from "../../testing/fixtures";
import { dropOwnDatabase, useOwnDatabase } from "../../testing/own-database";
import { setAgreedScore } from "../evaluations/agreed-scores";
import { seedCatalogues } from "../catalogues/catalogue-seed";
import { evaluationSummary } from "../evaluations/evaluation-summary";
import { saveComparison } from "../comparisons/saved-comparisons";
import { saveScore, submitSection } from "../evaluations/scores";
import { issuePasswordReset, massCredentialReset, setUserDisabled } from "./security-admin";
import { createWeightProfile } from "../comparisons/weight-profiles";
import { exportWorkspaceBackup } from "./workspace-backup";
import { restoreWorkspace } from "./workspace-restore";

/**
 * Backup in the shared test database, restore into a database of its own (a fresh instance:
 * only the built-in catalogue and the restoring user exist there), same summaries.
 */
const IN_SCOPE = ["GW", "MOBILE"];
let own: ThrowawayDatabase | undefined;
let owner: TestMember;
let ownerActor: Actor;
let reviewerActor: Actor;
let reviewerEmail: string;
let text: string;
const frameworkNames: string[] = [];
const before = new Map<string, Awaited<ReturnType<typeof evaluationSummary>>>();

const picked = (s: Awaited<ReturnType<typeof evaluationSummary>>) => ({
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

async function scoreAndSubmit(
  actor: Actor,
  evaluationId: string,
  keys: string[],
  valueOf: (i: number) => number | null,
) {
  for (const [i, key] of keys.entries()) {
    const value = valueOf(i);
    await saveScore(
      actor,
      owner.slug,
      evaluationId,
      key,
      value === null
        ? { value: null, notApplicable: true, rationale: "No app." }
        : {
            value,
            rationale: `r${i}`,
            evidence: [{ url: "https://example.com/doc", grade: "documentation" }],
          },
    );
  }
  for (const s of IN_SCOPE) await submitSection(actor, owner.slug, evaluationId, s);
}

beforeAll(async () => {
  owner = await createMember();
  const reviewer = await createMember({ role: "reviewer", slug: owner.slug });
  reviewerEmail = reviewer.email;
  [ownerActor, reviewerActor] = await Promise.all([
    sessionActor(owner.userId),
    sessionActor(reviewer.userId),
  ]);
  const evs = [await createEvaluationFixture(owner.slug), await createEvaluationFixture(owner.slug)];
  const keys = (
    await db().criterion.findMany({
      where: { catalogueId: evs[0].catalogue.id, section: { key: { in: IN_SCOPE } } },
      orderBy: [{ sectionId: "asc" }, { position: "asc" }],
      select: { key: true },
    })
  ).map((c) => c.key);
  for (const [n, ev] of evs.entries()) {
    await db().evaluationSection.updateMany({
      where: { evaluationId: ev.evaluationId, sectionKey: { notIn: IN_SCOPE } },
      data: { inScope: false, outOfScopeReason: "Not part of this product" },
    });
    await scoreAndSubmit(ownerActor, ev.evaluationId, keys, (i) =>
      i === 3 && n === 0 ? null : (i * 3 + n) % 5,
    );
    await scoreAndSubmit(reviewerActor, ev.evaluationId, keys, (i) => (i * 2 + 1) % 5);
    const fw = await db().framework.findUniqueOrThrow({
      where: { id: ev.frameworkId },
      select: { name: true },
    });
    frameworkNames.push(fw.name);
  }
  await setAgreedScore(ownerActor, owner.slug, evs[0].evaluationId, keys[0], {
    value: 4,
    reason: "Agreed in the review meeting",
  });
  await db().evaluation.update({
    where: { id: evs[1].evaluationId },
    data: { status: "final", finalizedAt: new Date(), previousEvaluationId: evs[0].evaluationId },
  });
  const profile = await createWeightProfile(ownerActor, owner.slug, {
    name: "Gateway first",
    sectionWeights: { GW: 3, MOBILE: 1 },
    criterionWeights: { [keys[1]]: 2 },
  });
  const [e1, e2] = evs.map((e) => e.evaluationId);
  await saveComparison(ownerActor, owner.slug, {
    name: "Shortlist",
    query: `e=${e1},${e2}&p=${profile.id}&sort=${e2}`,
  });
  for (const [i, ev] of evs.entries())
    before.set(
      frameworkNames[i],
      await evaluationSummary(ownerActor, owner.slug, ev.evaluationId, { profile: profile.id }),
    );
  text = JSON.stringify((await exportWorkspaceBackup(ownerActor, owner.slug)).backup);
}, 120_000);

afterAll(() => dropOwnDatabase(own));

describe("workspace backup", () => {
  it("is a valid backup without secrets, and audited", async () => {
    expect(backupSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(text).not.toMatch(
      /passwordHash|tokenHash|mfa(Secret|EnabledAt|LastStep)|\$argon2|recoveryCode|session/i,
    );
    expect(
      await db().auditEvent.count({
        where: { workspaceId: owner.workspaceId, action: "workspace.backup_exported" },
      }),
    ).toBe(1);
    expect(before.get(frameworkNames[0])!.overall).not.toBeNull();
  });

  it("is refused to a non-owner (403)", async () => {
    await expect(exportWorkspaceBackup(reviewerActor, owner.slug)).rejects.toMatchObject({
      code: "forbidden",
      status: 403,
    });
  });
});

describe("restore into a new database", () => {
  let restorer: Actor;
  let bystander: TestMember;
  beforeAll(async () => {
    own = await useOwnDatabase("scorecard_backup");
    await seedCatalogues();
    // The same person restores on the new instance: their own email maps to them by default.
    const me = await createMember({ email: owner.email });
    restorer = await sessionActor(me.userId);
    // A real account of this instance whose email the backup names: it must not be linked.
    bystander = await createMember({ email: reviewerEmail });
  }, 120_000);

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a backup is edited as loose JSON
  const mutated = (fn: (b: Record<string, any>) => void) => {
    const b = JSON.parse(text);
    fn(b);
    return JSON.stringify(b);
  };

  it("refuses bad backups by field and stores nothing", async () => {
    const counts = async () => [
      await db().workspace.count(),
      await db().user.count(),
      await db().score.count(),
    ];
    const start = await counts();
    const cases: Array<[string, string | RegExp]> = [
      [
        mutated((b) => {
          b.evaluations[1].scores[0].value = "high";
        }),
        "$.evaluations[1].scores[0].value",
      ],
      [
        mutated((b) => {
          b.evaluations[1].scores[0].value = 7;
        }),
        "$.evaluations[1].scores[0].value",
      ],
      [
        mutated((b) => {
          b.evaluations[0].scores[2].reviewerRef = "nobody";
        }),
        "$.evaluations[0].scores[2].reviewerRef",
      ],
      [
        mutated((b) => {
          b.evaluations[0].sections[0].sectionKey = "NOPE";
        }),
        "$.evaluations[0].sections[0].sectionKey",
      ],
      [
        mutated((b) => {
          b.catalogues[0].version = "9.9";
        }),
        /\$\.(catalogues\[0\]|evaluations\[0\]\.catalogue)/,
      ],
      [
        mutated((b) => {
          b.version = 2;
        }),
        "$.version",
      ],
      [
        mutated((b) => {
          b.people[0].passwordHash = "x";
        }),
        "$.people[0]",
      ],
    ];
    for (const [bad, field] of cases) {
      const err = await restoreWorkspace(restorer, bad).catch((e) => e);
      expect(err).toMatchObject({ code: "validation_failed" });
      const fields = err.issues.map((i: { field: string }) => i.field).join(" ");
      if (typeof field === "string") expect(fields).toContain(field);
      else expect(fields).toMatch(field);
    }
    await expect(restoreWorkspace(restorer, "{not json")).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(restoreWorkspace({ ...restorer, via: "token" }, text)).rejects.toMatchObject({
      code: "unauthorized",
    });
    expect(await counts()).toEqual(start);
  });

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
