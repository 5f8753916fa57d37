import { expect, test } from "@playwright/test";
import { ownerInfo, unique } from "./helpers";

test.describe("API tokens", () => {
  test("no or bad token: 401 JSON; cookies are not accepted", async ({ request }) => {
    const owner = ownerInfo();
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: "Bearer sct_" + "x".repeat(43) },
      { Authorization: "Basic abc" },
    ];
    for (const headers of attempts) {
      const res = await request.get(`/api/v1/workspaces/${owner.workspace}/members`, { headers });
      expect(res.status()).toBe(401);
      expect((await res.json()).error.code).toBe("unauthorized");
    }
  });

  test("read token reads; writing needs the write scope (403), a write token of an owner may (201)", async ({
    request,
  }) => {
    const owner = ownerInfo();
    const me = await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${owner.readToken}` } });
    expect(await me.json()).toMatchObject({
      email: owner.email,
      scopes: ["read"],
      workspace: { slug: owner.workspace, role: "owner" },
    });
    const members = await request.get(`/api/v1/workspaces/${owner.workspace}/members?limit=500`, {
      headers: { Authorization: `Bearer ${owner.readToken}` },
    });
    expect(members.status()).toBe(200);
    expect((await members.json()).members).toContainEqual(
      expect.objectContaining({ email: owner.email, role: "owner" }),
    );

    const body = { email: `api-${unique()}@example.test`, role: "viewer" };
    const denied = await request.post(`/api/v1/workspaces/${owner.workspace}/invitations`, {
      headers: { Authorization: `Bearer ${owner.readToken}` },
      data: body,
    });
    expect(denied.status()).toBe(403);
    expect((await denied.json()).error.code).toBe("forbidden");
    const ok = await request.post(`/api/v1/workspaces/${owner.workspace}/invitations`, {
      headers: { Authorization: `Bearer ${owner.token}` },
      data: body,
    });
    expect(ok.status()).toBe(201);
    expect(await ok.json()).toMatchObject({
      url: expect.stringContaining("/invite/"),
      expiresAt: expect.any(String),
    });
  });

  test("a token reaches only its own workspace (404 elsewhere)", async ({ request }) => {
    const owner = ownerInfo();
    const res = await request.get("/api/v1/workspaces/someone-elses/members", {
      headers: { Authorization: `Bearer ${owner.token}` },
    });
    expect(res.status()).toBe(404);
  });

  test("bad bodies: 400 naming the field, 413 when too large, nothing created", async ({ request }) => {
    const owner = ownerInfo();
    const auth = { Authorization: `Bearer ${owner.token}` };
    const bad = await request.post(`/api/v1/workspaces/${owner.workspace}/invitations`, {
      headers: auth,
      data: { email: "not-an-email", role: "emperor" },
    });
    expect(bad.status()).toBe(400);
    const fields = (await bad.json()).error.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(["email", "role"]));
    const big = await request.post(`/api/v1/workspaces/${owner.workspace}/invitations`, {
      headers: { ...auth, "Content-Type": "application/json" },
      data: JSON.stringify({ email: "a@b.co", role: "viewer", pad: "x".repeat(40_000) }),
    });
    expect(big.status()).toBe(413);
    const owners = await request.post(`/api/v1/workspaces/${owner.workspace}/invitations`, {
      headers: auth,
      data: { email: `o-${unique()}@example.test`, role: "owner" },
    });
    expect(owners.status()).toBe(400);
  });
});
