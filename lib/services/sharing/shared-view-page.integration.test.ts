import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { createEvaluationFixture, createMember, sessionActor, uniqueIp } from "../../testing/fixtures";
import { createShareLink, revokeShareLink } from "./share-links";
import { sharedViewPage } from "./shared-view-page";

/** The anonymous share view: the rate limit first, then the link; each request counts a view. */
let owner: Actor;
let slug: string;
let evaluations: string[];
const meta = () => ({ ip: uniqueIp(), userAgent: "vitest" });
const viewsOf = async (id: string) =>
  (await db().shareLink.findUniqueOrThrow({ where: { id }, select: { viewCount: true } })).viewCount;

beforeAll(async () => {
  vi.stubEnv("RATE_LIMITS", "shareView=1/60");
  const m = await createMember({ role: "owner" });
  owner = await sessionActor(m.userId);
  slug = m.slug;
  evaluations = [(await createEvaluationFixture(slug)).evaluationId];
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe("sharedViewPage", () => {
  it("opens a valid link with its dates and the sensitivity for the address's profile", async () => {
    const link = await createShareLink(owner, slug, { evaluationIds: evaluations, title: "Shortlist" });
    const vm = await sharedViewPage(link.token, meta(), { p: "no-such-profile" });
    if (vm.status !== "open") throw new Error(`expected an open link, got ${vm.status}`);
    expect(vm.shared.title).toBe("Shortlist");
    expect(vm.taken).toBe(new Date().toISOString().slice(0, 10));
    expect(vm.expires).toBe(link.expiresAt.toISOString().slice(0, 10));
    expect(vm.sensitivity.profileId).toBe(vm.shared.profiles[0].id);
    expect(await viewsOf(link.id)).toBe(1);
  });

  it("is gone once revoked", async () => {
    const link = await createShareLink(owner, slug, { evaluationIds: evaluations });
    await revokeShareLink(owner, slug, link.id);
    expect(await sharedViewPage(link.token, meta(), {})).toEqual({ status: "gone" });
  });

  it("refuses an address over the limit before it opens the link, so no view is counted", async () => {
    const link = await createShareLink(owner, slug, { evaluationIds: evaluations });
    const from = meta();
    expect((await sharedViewPage(link.token, from, {})).status).toBe("open");
    const refused = await sharedViewPage(link.token, from, {});
    expect(refused).toMatchObject({ status: "limited", retryAfterSeconds: expect.any(Number) });
    expect(await viewsOf(link.id)).toBe(1);
  });
});
