import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { sha256 } from "../../auth/secrets";
import { db } from "../../db";
import { createEvaluationFixture, META, tokenActor, type TestMember } from "../../testing/fixtures";
import { createShareLink, listShareLinks, revokeShareLink } from "./share-links";
import { openShareLink, peekShareLink } from "./share-view";
import { shareLinkWorld } from "./share-links.fixture";

// A link's lifecycle: created with a token shown once, listed, revoked, expired, and who may do each.
let owner: TestMember;
let ownerA: Actor, r1: Actor, r2: Actor, viewer: Actor, outsider: Actor;
let outsiderSlug: string;
let scored: string;
let plain: string;

const fieldsOf = (err: { issues?: Array<{ field: string }> }) => (err.issues ?? []).map((i) => i.field);

beforeAll(async () => {
  ({ owner, ownerA, r1, r2, viewer, outsider, outsiderSlug, scored, plain } = await shareLinkWorld());
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
