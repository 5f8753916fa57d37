import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { META, type TestMember } from "../../testing/fixtures";
import { loadComparison } from "../comparisons/comparisons";
import { createWeightProfile } from "../comparisons/weight-profiles";
import { createShareLink, listShareLinks } from "./share-links";
import { openShareLink, peekShareLink } from "./share-view";
import { shareLinkWorld } from "./share-links.fixture";

// What an anonymous visitor of a link sees (a frozen, blind, optionally anonymised snapshot) and
// how the visits are counted and audited.
let owner: TestMember;
let ownerA: Actor, r1: Actor, r3: Actor, viewer: Actor;
let edge: string[];
let scored: string;
let plain: string;
let scoreEdge: (actor: Actor, ev: string, value: number) => Promise<void>;
let scoredEvaluation: () => Promise<string>;

beforeAll(async () => {
  ({ owner, ownerA, r1, r3, viewer, edge, scored, plain, scoreEdge, scoredEvaluation } =
    await shareLinkWorld());
});

describe("share links", () => {
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
});
