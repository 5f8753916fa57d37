import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as shareRoute } from "@/app/api/v1/share-links/route";
import { POST as inviteRoute } from "@/app/api/v1/workspaces/[workspace]/invitations/route";
import { createToken } from "../services/accounts/api-tokens";
import { inviteMember } from "../services/workspaces/invitations";
import { issuePasswordReset, massCredentialReset } from "../services/admin/security-admin";
import { createShareLink } from "../services/sharing/share-links";
import {
  createEvaluationFixture,
  createMember,
  sessionActor,
  uniqueEmail,
  type TestMember,
} from "../testing/fixtures";

/**
 * Links handed to people are built on NEXTAUTH_URL, not on the host the request came in on
 * (behind a reverse proxy, `http://localhost:PORT`; or whatever Host header a caller sent).
 */
const PUBLIC = "https://scorecard.example.org";
const saved = process.env.NEXTAUTH_URL;
let owner: TestMember;
let token: string;

beforeAll(async () => {
  process.env.NEXTAUTH_URL = PUBLIC;
  owner = await createMember({ role: "owner" });
  ({ token } = await createToken(await sessionActor(owner.userId), owner.slug, {
    name: "links",
    scopes: ["read", "write"],
    expiresInDays: 1,
  }));
});
afterAll(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = saved;
});

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
// What Next hands a route behind a proxy: its own listening address, and any Host header.
const post = (path: string, body: unknown) =>
  new NextRequest(`http://localhost:3000${path}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", host: "evil.example" },
  });

describe("public links", () => {
  it("invitation and share links from the API are on NEXTAUTH_URL", async () => {
    const inv = await inviteRoute(
      post(`/api/v1/workspaces/${owner.slug}/invitations`, { email: uniqueEmail("link"), role: "viewer" }),
      ctx({ workspace: owner.slug }),
    );
    expect(inv.status).toBe(201);
    expect((await inv.json()).url).toMatch(new RegExp(`^${PUBLIC}/invite/[A-Za-z0-9_-]{43}$`));

    const evs = [
      (await createEvaluationFixture(owner.slug)).evaluationId,
      (await createEvaluationFixture(owner.slug)).evaluationId,
    ];
    const share = await shareRoute(post("/api/v1/share-links", { evaluationIds: evs }), ctx({}));
    expect(share.status).toBe(201);
    expect((await share.json()).url).toMatch(new RegExp(`^${PUBLIC}/s/[A-Za-z0-9_-]{43}$`));
  });

  it("the same links for the UI's actions (invitation, share, reset, mass reset) are on NEXTAUTH_URL", async () => {
    const actor = await sessionActor(owner.userId);
    expect((await inviteMember(actor, owner.slug, { email: uniqueEmail("ui"), role: "viewer" })).url).toMatch(
      new RegExp(`^${PUBLIC}/invite/`),
    );
    const evs = [
      (await createEvaluationFixture(owner.slug)).evaluationId,
      (await createEvaluationFixture(owner.slug)).evaluationId,
    ];
    expect((await createShareLink(actor, owner.slug, { evaluationIds: evs })).url).toMatch(
      new RegExp(`^${PUBLIC}/s/`),
    );
    const member = await createMember({ role: "reviewer", slug: owner.slug });
    expect((await issuePasswordReset(actor, owner.slug, { userId: member.userId })).url).toMatch(
      new RegExp(`^${PUBLIC}/reset-password/[A-Za-z0-9_-]{43}$`),
    );
    const links = await massCredentialReset(actor, owner.slug, { confirm: owner.slug });
    expect(links.filter((l) => l.path).every((l) => l.url?.startsWith(`${PUBLIC}/reset-password/`))).toBe(
      true,
    );
  });

  it("a NEXTAUTH_URL with a path is refused rather than used", async () => {
    process.env.NEXTAUTH_URL = `${PUBLIC}/elsewhere`;
    try {
      await expect(
        inviteMember(await sessionActor(owner.userId), owner.slug, {
          email: uniqueEmail("bad"),
          role: "viewer",
        }),
      ).rejects.toThrow(/origin only/);
    } finally {
      process.env.NEXTAUTH_URL = PUBLIC;
    }
  });
});
