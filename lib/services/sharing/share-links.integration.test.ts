import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { sha256 } from "../../auth/secrets";
import { db } from "../../db";
import {
  createEvaluationFixture,
  createMember,
  META,
  owaspCatalogue,
  sessionActor,
  tokenActor,
  type TestMember,
} from "../../testing/fixtures";
import { loadComparison } from "../comparisons/comparisons";
import { saveScore, submitSection } from "../evaluations/scores";
import {
  createShareLink,
  listShareLinks,
  openShareLink,
  peekShareLink,
  revokeShareLink,
} from "./share-links";
import { createWeightProfile } from "../comparisons/weight-profiles";

let owner: TestMember;
let ownerA: Actor, r1: Actor, r2: Actor, r3: Actor, viewer: Actor, outsider: Actor;
let outsiderSlug: string;
let edge: string[];
/** Scored by r1 (4 everywhere) and r2 (2 everywhere), both submitted: EDGE-01's median is 3. */
let scored: string;
let plain: string;

async function member(role: "reviewer" | "viewer", name: string) {
  const m = await createMember({ role, slug: owner.slug, name });
  return sessionActor(m.userId);
}

async function scoreEdge(actor: Actor, ev: string, value: number) {
  for (const key of edge) await saveScore(actor, owner.slug, ev, key, { value, rationale: `seen ${value}` });
  await submitSection(actor, owner.slug, ev, "EDGE");
}

async function scoredEvaluation() {
  const { evaluationId } = await createEvaluationFixture(owner.slug);
  await scoreEdge(r1, evaluationId, 4);
  await scoreEdge(r2, evaluationId, 2);
  return evaluationId;
}

const fieldsOf = (err: { issues?: Array<{ field: string }> }) => (err.issues ?? []).map((i) => i.field);

beforeAll(async () => {
  owner = await createMember({ role: "owner", name: "Olga Owner" });
  ownerA = await sessionActor(owner.userId);
  [r1, r2, r3, viewer] = [
    await member("reviewer", "Alice Anders"),
    await member("reviewer", "Bruno Berg"),
    await member("reviewer", "Chen Cho"),
    await member("viewer", "Vera Viewer"),
  ];
  const other = await createMember({ role: "owner" });
  outsider = await sessionActor(other.userId);
  outsiderSlug = other.slug;
  await owaspCatalogue();
  edge = (
    await db().criterion.findMany({
      where: { section: { key: "EDGE", catalogue: { slug: "owasp-iot-framework" } } },
      orderBy: { position: "asc" },
      select: { key: true },
    })
  ).map((c) => c.key);
  scored = await scoredEvaluation();
  plain = (await createEvaluationFixture(owner.slug)).evaluationId;
});

describe("share links", () => {
  it("return a 256-bit token once and store only its SHA-256, with an audit event that holds no token", async () => {
    const link = await createShareLink(r1, owner.slug, { evaluationIds: [scored, plain], expiresInDays: 7 });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    expect(link.path).toBe(`/s/${link.token}`);
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * 86_400_000 - 60_000);
    const row = await db().shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.tokenHash).not.toBe(link.token);
    expect(row.tokenHash).toBe(sha256(link.token));
    expect(row).toMatchObject({
      workspaceId: owner.workspaceId,
      createdById: r1.userId,
      evaluationIds: [scored, plain],
      hideReviewers: false,
      viewCount: 0,
      revokedAt: null,
    });
    const fw = await db().evaluation.findMany({
      where: { id: { in: [scored, plain] } },
      select: { framework: { select: { name: true } } },
    });
    for (const { framework } of fw) expect(row.title).toContain(framework.name);
    const audit = await db().auditEvent.findMany({ where: { targetId: link.id } });
    expect(audit.map((a) => a.action)).toEqual(["share.created"]);
    const logged = JSON.stringify(audit, (_, v) => (typeof v === "bigint" ? String(v) : v));
    expect(logged).not.toContain(link.token);
    expect(logged).not.toContain(row.tokenHash);
    expect(JSON.stringify(row.snapshot)).not.toContain(link.token);
  });

  it("freeze the creator's view: a later score change does not reach the link", async () => {
    const ev = await scoredEvaluation();
    const link = await createShareLink(r1, owner.slug, { evaluationIds: [ev], title: "Board review" });
    await scoreEdge(r3, ev, 0);
    const live = await loadComparison(r1, owner.slug, [ev]);
    expect(live.vendors[0].cells["EDGE-01"].value).toBe(2); // median of 4, 2, 0
    const shared = (await openShareLink(link.token, META))!;
    expect(shared).toMatchObject({ title: "Board review", hideReviewers: false });
    expect(shared.vendors.map((v) => v.evaluationId)).toEqual([ev]);
    expect(shared.vendors[0].cells["EDGE-01"]).toMatchObject({ value: 3, source: "median" });
    expect(shared.vendors[0].cells["EDGE-01"].reviews.map((r) => r.reviewer).sort()).toEqual([
      "Alice Anders",
      "Bruno Berg",
    ]);
  });

  it("apply the creator's blind rule: an owner who has not submitted shares no consensus", async () => {
    const link = await createShareLink(ownerA, owner.slug, { evaluationIds: [scored] });
    const shared = (await openShareLink(link.token, META))!;
    expect(shared.vendors[0].sections.find((s) => s.key === "EDGE")).toMatchObject({ hidden: true });
    expect(shared.vendors[0].cells["EDGE-01"]).toBeUndefined();
  });

  it("freeze only the profile shown: without one, equal weights and none of the workspace's private profiles", async () => {
    const secret = `Board-only weights ${Date.now()}`;
    const privateProfile = await createWeightProfile(ownerA, owner.slug, {
      name: secret,
      sectionWeights: { EDGE: 3, GW: 0, CLOUD: 0, MOBILE: 0 },
    });
    const bare = await createShareLink(r1, owner.slug, { evaluationIds: [scored] });
    const bareRow = await db().shareLink.findUniqueOrThrow({ where: { id: bare.id } });
    expect(JSON.stringify(bareRow.snapshot)).not.toContain(secret);
    expect(JSON.stringify(bareRow.snapshot)).not.toContain(privateProfile.id);
    expect((await openShareLink(bare.token, META))!.profiles.map((p) => p.id)).toEqual(["equal"]);
    // Chosen explicitly, the private profile is what the link shows, and then the only one.
    const chosen = await createShareLink(r1, owner.slug, {
      evaluationIds: [scored],
      profileId: privateProfile.id,
    });
    expect((await openShareLink(chosen.token, META))!.profiles.map((p) => p.name)).toEqual([secret]);
  });

  it("hide reviewer names as Reviewer 1, 2… consistently per evaluation, and keep only the chosen profile", async () => {
    const link = await createShareLink(r1, owner.slug, {
      evaluationIds: [scored],
      hideReviewers: true,
      profileId: "cloud-only",
    });
    const row = await db().shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row).toMatchObject({ hideReviewers: true, profileId: "cloud-only" });
    for (const name of ["Alice", "Bruno", "Anders", "Berg"])
      expect(JSON.stringify(row.snapshot)).not.toContain(name);
    const shared = (await openShareLink(link.token, META))!;
    expect(shared.hideReviewers).toBe(true);
    expect(shared.profiles.map((p) => p.id)).toEqual(["cloud-only"]);
    const aliasOf = new Map<number, Set<string>>();
    for (const key of edge) {
      for (const r of shared.vendors[0].cells[key].reviews)
        aliasOf.set(r.value as number, (aliasOf.get(r.value as number) ?? new Set()).add(r.reviewer));
    }
    // r1 scored 4 and r2 scored 2 everywhere: each keeps one alias throughout.
    expect([...aliasOf.get(4)!, ...aliasOf.get(2)!].sort()).toEqual(["Reviewer 1", "Reviewer 2"]);
  });

  it("count every view but audit a link's views once per hour, while peeking changes nothing", async () => {
    const link = await createShareLink(r1, owner.slug, { evaluationIds: [plain] });
    expect(await peekShareLink(link.token)).toBe("ok");
    expect((await db().shareLink.findUniqueOrThrow({ where: { id: link.id } })).viewCount).toBe(0);
    await openShareLink(link.token, META);
    // 99 more, 11 at a time, as a flood from elsewhere would come.
    for (let i = 0; i < 99; i += 11)
      await Promise.all(
        Array.from({ length: Math.min(11, 99 - i) }, () =>
          openShareLink(link.token, { ip: "198.51.100.9", userAgent: "curl" }),
        ),
      );
    const row = await db().shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.viewCount).toBe(100);
    expect(row.lastViewedAt).not.toBeNull();
    const views = () =>
      db().auditEvent.findMany({
        where: { targetId: link.id, action: "share.viewed" },
        orderBy: { id: "asc" },
      });
    expect(
      (await views()).map((v) => ({
        actorId: v.actorId,
        workspaceId: v.workspaceId,
        ip: v.ip,
        after: v.after,
      })),
    ).toEqual([
      {
        actorId: null,
        workspaceId: owner.workspaceId,
        ip: META.ip,
        after: { viewCount: 1, viewsSinceLastAudit: 1 },
      },
    ]);
    const listed = (await listShareLinks(viewer, owner.slug)).find((l) => l.id === link.id);
    expect(listed).toMatchObject({
      viewCount: 100,
      state: "active",
      creator: { name: "Alice Anders" },
      canRevoke: false,
    });

    // An hour after the audited view, the next view is audited with the views in between.
    await db().shareLink.update({
      where: { id: link.id },
      data: { viewAuditedAt: new Date(Date.now() - 3_600_001) },
    });
    await openShareLink(link.token, { ip: "198.51.100.10", userAgent: "curl" });
    await openShareLink(link.token, META);
    expect((await views()).map((v) => ({ ip: v.ip, after: v.after }))).toEqual([
      { ip: META.ip, after: { viewCount: 1, viewsSinceLastAudit: 1 } },
      { ip: "198.51.100.10", after: { viewCount: 101, viewsSinceLastAudit: 100 } },
    ]);
    expect((await db().shareLink.findUniqueOrThrow({ where: { id: link.id } })).viewCount).toBe(102);
  });

  it("stop working on the next request once revoked, by the creator or an owner/admin only", async () => {
    const link = await createShareLink(r1, owner.slug, { evaluationIds: [plain] });
    await expect(revokeShareLink(r2, owner.slug, link.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(revokeShareLink(viewer, owner.slug, link.id)).rejects.toMatchObject({ code: "forbidden" });
    expect(await openShareLink(link.token, META)).not.toBeNull();
    await revokeShareLink(r1, owner.slug, link.id);
    expect(await peekShareLink(link.token)).toBe("gone");
    expect(await openShareLink(link.token, META)).toBeNull();
    expect((await db().shareLink.findUniqueOrThrow({ where: { id: link.id } })).viewCount).toBe(1);
    expect((await listShareLinks(r1, owner.slug)).find((l) => l.id === link.id)).toMatchObject({
      state: "revoked",
      canRevoke: false,
    });
    const other = await createShareLink(r1, owner.slug, { evaluationIds: [plain] });
    await revokeShareLink(ownerA, owner.slug, other.id);
    expect(await peekShareLink(other.token)).toBe("gone");
    const audit = await db().auditEvent.findMany({
      where: { targetId: { in: [link.id, other.id] }, action: "share.revoked" },
      select: { actorId: true },
    });
    expect(audit.map((a) => a.actorId).sort()).toEqual([r1.userId, ownerA.userId].sort());
  });

  it("are gone once expired, and unknown for malformed or made-up tokens", async () => {
    const link = await createShareLink(r1, owner.slug, { evaluationIds: [plain], expiresInDays: 1 });
    await db().shareLink.update({ where: { id: link.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await peekShareLink(link.token)).toBe("gone");
    expect(await openShareLink(link.token, META)).toBeNull();
    expect((await listShareLinks(r1, owner.slug)).find((l) => l.id === link.id)).toMatchObject({
      state: "expired",
    });
    for (const token of ["", "short", `${link.token}x`, "../../etc/passwd", "A".repeat(43)]) {
      expect(await peekShareLink(token)).toBe("unknown");
      expect(await openShareLink(token, META)).toBeNull();
    }
  });

  it("stay inside their workspace: another tenant can neither list nor revoke them", async () => {
    const link = await createShareLink(r1, owner.slug, { evaluationIds: [plain] });
    await expect(listShareLinks(outsider, owner.slug)).rejects.toMatchObject({ code: "not_found" });
    await expect(revokeShareLink(outsider, owner.slug, link.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(revokeShareLink(outsider, outsiderSlug, link.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(revokeShareLink(ownerA, owner.slug, "not-a-uuid")).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await listShareLinks(outsider, outsiderSlug)).map((l) => l.id)).not.toContain(link.id);
    const foreign = (await createEvaluationFixture(outsiderSlug)).evaluationId;
    await expect(createShareLink(r1, owner.slug, { evaluationIds: [foreign] })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await peekShareLink(link.token)).toBe("ok");
  });

  it("refuse bad input by field name and store nothing", async () => {
    const count = () => db().shareLink.count({ where: { workspaceId: owner.workspaceId } });
    const before = await count();
    const cases: Array<[unknown, string]> = [
      [{ evaluationIds: [plain], expiresInDays: 0 }, "expiresInDays"],
      [{ evaluationIds: [plain], expiresInDays: 400 }, "expiresInDays"],
      [{ evaluationIds: [plain], expiresInDays: 1.5 }, "expiresInDays"],
      [{ evaluationIds: [] }, "evaluationIds"],
      [{ evaluationIds: ["nope"] }, "evaluationIds[0]"],
      [{ evaluationIds: Array.from({ length: 21 }, () => plain) }, "evaluationIds"],
      [{ evaluationIds: [plain], profileId: "no-such-profile" }, "profileId"],
      [{ evaluationIds: [plain], hideReviewers: "yes" }, "hideReviewers"],
    ];
    for (const [body, field] of cases) {
      const err = await createShareLink(r1, owner.slug, body).catch((e) => e);
      expect(err, JSON.stringify(body).slice(0, 80)).toMatchObject({ code: "validation_failed" });
      expect(fieldsOf(err)).toContain(field);
    }
    expect(await count()).toBe(before);
  });

  it("may be created by reviewers and above, not by viewers or read-only tokens", async () => {
    await expect(createShareLink(viewer, owner.slug, { evaluationIds: [plain] })).rejects.toMatchObject({
      code: "forbidden",
    });
    const readOnly = await tokenActor(ownerA, owner.slug, ["read"]);
    await expect(createShareLink(readOnly, owner.slug, { evaluationIds: [plain] })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await listShareLinks(readOnly, owner.slug)).not.toHaveLength(0);
    const writer = await tokenActor(ownerA, owner.slug, ["read", "write"]);
    await expect(createShareLink(writer, owner.slug, { evaluationIds: [plain] })).resolves.toMatchObject({
      path: expect.stringMatching(/^\/s\//),
    });
  });
});
