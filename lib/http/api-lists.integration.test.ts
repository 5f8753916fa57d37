import { describe, expect, it } from "vitest";
import { GET as listEvaluations } from "@/app/api/v1/evaluations/route";
import { GET as listFrameworks } from "@/app/api/v1/frameworks/route";
import { GET as listShareLinks } from "@/app/api/v1/share-links/route";
import { GET as listInvitations } from "@/app/api/v1/workspaces/[workspace]/invitations/route";
import { GET as listMembers } from "@/app/api/v1/workspaces/[workspace]/members/route";
import { db } from "../db";
import { createShareLink } from "../services/sharing/share-links";
import { inviteMember } from "../services/workspaces/invitations";
import { call, memberWithToken } from "../testing/api-calls";
import { createEvaluationFixture, createMember, sessionActor, suffix } from "../testing/fixtures";

async function addFrameworks(workspaceId: string, n: number, label: string) {
  for (let i = 0; i < n; i++)
    await db().framework.create({
      data: {
        workspaceId,
        name: `${label} ${i}`,
        vendor: "V",
        productVersion: "1",
        componentTypes: ["edge"],
      },
    });
}

describe("cursor-paginated lists", () => {
  it("walks every framework once, newest first, while others are inserted between the pages", async () => {
    const owner = await memberWithToken("owner");
    await addFrameworks(owner.workspaceId, 23, "old");
    const before = await db().framework.findMany({
      where: { workspaceId: owner.workspaceId },
      select: { id: true },
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : "";
      const page = await call(listFrameworks, "GET", `/api/v1/frameworks?limit=5${q}`, {
        token: owner.token,
      });
      expect(page.status).toBe(200);
      expect(page.body.frameworks.length).toBeLessThanOrEqual(5);
      seen.push(...page.body.frameworks.map((f: { id: string }) => f.id));
      cursor = page.body.nextCursor;
      pages++;
      // Concurrent writers: new rows land before the cursor and never shift the walk.
      await addFrameworks(owner.workspaceId, 2, `new${pages}`);
    } while (cursor);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(before.map((f) => f.id).sort());
  });

  it("without a cursor the first page is what the list always answered (backward compatible)", async () => {
    const owner = await memberWithToken("owner");
    await addFrameworks(owner.workspaceId, 3, "fw");
    const page = await call(listFrameworks, "GET", "/api/v1/frameworks", { token: owner.token });
    expect(page.body.frameworks).toHaveLength(3);
    expect(page.body.nextCursor).toBeNull();
    expect(page.body.frameworks[0]).toMatchObject({ name: "fw 2", evaluations: 0, version: 1 });
  });

  it("refuses a bad cursor naming cursor, and a limit over the maximum naming limit", async () => {
    const owner = await memberWithToken("owner");
    for (const [query, field] of [
      ["cursor=nonsense", "cursor"],
      [`cursor=${Buffer.from('{"t":"2020-01-01T00:00:00.000Z","i":"x"}').toString("base64url")}`, "cursor"],
      ["limit=501", "limit"],
      ["limit=0", "limit"],
    ]) {
      const res = await call(listEvaluations, "GET", `/api/v1/evaluations?${query}`, { token: owner.token });
      expect(res.status, query).toBe(400);
      expect(res.body.error.issues[0].field, query).toBe(field);
    }
  });

  it("evaluations and invitations page the same way", async () => {
    const owner = await memberWithToken("owner");
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await createEvaluationFixture(owner.slug)).evaluationId);
    const first = await call(listEvaluations, "GET", "/api/v1/evaluations?limit=2", { token: owner.token });
    const second = await call(
      listEvaluations,
      "GET",
      `/api/v1/evaluations?limit=2&cursor=${first.body.nextCursor}`,
      {
        token: owner.token,
      },
    );
    expect([...first.body.evaluations, ...second.body.evaluations].map((e: { id: string }) => e.id)).toEqual(
      ids.reverse(),
    );
    expect(second.body.nextCursor).toBeNull();

    const actor = await sessionActor(owner.userId);
    for (let i = 0; i < 3; i++)
      await inviteMember(actor, owner.slug, { email: `p${i}-${suffix()}@example.test`, role: "viewer" });
    const path = `/api/v1/workspaces/${owner.slug}/invitations`;
    const params = { workspace: owner.slug };
    const a = await call(listInvitations, "GET", `${path}?limit=2`, { token: owner.token, params });
    const b = await call(listInvitations, "GET", `${path}?limit=2&cursor=${a.body.nextCursor}`, {
      token: owner.token,
      params,
    });
    expect(a.body.invitations).toHaveLength(2);
    expect(b.body.invitations).toHaveLength(1);
    expect(b.body.invitations[0].email).toMatch(/^p0-/);
  });

  it("share links and members page the same way", async () => {
    const owner = await memberWithToken("owner");
    const { evaluationId } = await createEvaluationFixture(owner.slug);
    const actor = await sessionActor(owner.userId);
    const links = [];
    for (let i = 0; i < 3; i++)
      links.push((await createShareLink(actor, owner.slug, { evaluationIds: [evaluationId] })).id);
    const a = await call(listShareLinks, "GET", "/api/v1/share-links?limit=2", { token: owner.token });
    const b = await call(listShareLinks, "GET", `/api/v1/share-links?limit=2&cursor=${a.body.nextCursor}`, {
      token: owner.token,
    });
    expect([...a.body.shareLinks, ...b.body.shareLinks].map((l: { id: string }) => l.id)).toEqual(
      links.reverse(),
    );
    expect(b.body.nextCursor).toBeNull();

    const joined = [owner.userId];
    for (let i = 0; i < 2; i++)
      joined.push((await createMember({ role: "viewer", slug: owner.slug })).userId);
    const path = `/api/v1/workspaces/${owner.slug}/members`;
    const params = { workspace: owner.slug };
    const m1 = await call(listMembers, "GET", `${path}?limit=2`, { token: owner.token, params });
    const m2 = await call(listMembers, "GET", `${path}?limit=2&cursor=${m1.body.nextCursor}`, {
      token: owner.token,
      params,
    });
    expect([...m1.body.members, ...m2.body.members].map((m: { id: string }) => m.id)).toEqual(
      joined.reverse(),
    );
    expect(m2.body.nextCursor).toBeNull();
    expect(m1.body.members[0]).toMatchObject({ role: "viewer", mfa: false, disabled: false });
    const bad = await call(listMembers, "GET", `${path}?cursor=zzz`, { token: owner.token, params });
    expect(bad.body.error.issues[0].field).toBe("cursor");
  });
});
