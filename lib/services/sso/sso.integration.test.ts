import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFromSession } from "../accounts/sessions";
import { authorize } from "../../auth/authorize";
import { oidcProvider } from "../../auth/oidc/config";
import { db } from "../../db";
import { createMember, META, PASSWORD, sessionActor, suffix, tokenActor } from "../../testing/fixtures";
import { testIssuer, type TestIssuer } from "../../testing/oidc-issuer";
import { backchannelLogout } from "./backchannel";
import { SsoRefused } from "./claims";
import { confirmSsoLink, pendingSsoLink, startSsoLink } from "./linking";
import { completeSsoSignIn, SSO_ONLY_PASSWORD } from "./sign-in";
import { addGroupRole, setRequireSso } from "./workspace-sso";

let issuer: TestIssuer;
const corp = () => oidcProvider("corp")!;

beforeAll(async () => {
  // A local issuer (discovery + JWKS over real HTTP) that signs back-channel logout tokens.
  issuer = await testIssuer();
  Object.assign(process.env, {
    OIDC_PROVIDERS: "corp",
    OIDC_CORP_ISSUER: issuer.url,
    OIDC_CORP_CLIENT_ID: "scorecard",
    OIDC_CORP_CLIENT_SECRET: "s3cret",
    OIDC_CORP_NAME: "Corp",
    OIDC_CORP_ALLOWED_DOMAINS: "corp.example",
  });
});
afterAll(() => issuer?.close());

const claims = (email: string, extra: Record<string, unknown> = {}) => ({
  iss: issuer.url,
  sub: `sub-${suffix()}`,
  email,
  email_verified: true,
  name: "Test Person",
  sid: `sid-${suffix()}`,
  ...extra,
});
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "signed in",
    (e) => (e instanceof SsoRefused ? e.code : e),
  );

describe("SSO sign-in", () => {
  it("creates an account just in time for a verified email in an allowed domain, with no usable password", async () => {
    const email = `jit-${suffix()}@corp.example`;
    const c = claims(email);
    const out = await completeSsoSignIn(corp(), c, META, null);
    expect(out.kind).toBe("session");
    const user = await db().user.findUniqueOrThrow({ where: { email }, include: { ssoIdentities: true } });
    expect(user.passwordHash).toBe(SSO_ONLY_PASSWORD);
    expect(user.ssoIdentities).toMatchObject([{ issuer: issuer.url, subject: c.sub, provider: "corp" }]);
    const actor = await actorFromSession((out as { sessionId: string }).sessionId, META);
    expect(actor).toMatchObject({ userId: user.id, ssoProvider: "corp" });
    // The same identity again: the same account, a new session.
    const again = await completeSsoSignIn(corp(), { ...c, sid: "other" }, META, null);
    expect(again).toMatchObject({ kind: "session", userId: user.id });
  });

  it("refuses unverified emails, other domains and an existing account's email, creating nothing", async () => {
    const existing = await createMember();
    const cases = [
      [claims(`u-${suffix()}@corp.example`, { email_verified: false }), "unverified_email"],
      [claims(`e-${suffix()}@evil.example`), "not_allowed"],
      [claims(existing.email), "account_exists"],
      [{ sub: "x" }, "failed"],
    ] as const;
    for (const [c, code] of cases) expect(await refusal(completeSsoSignIn(corp(), c, META, null))).toBe(code);
    const made = await db().user.count({
      where: { email: { in: cases.map(([c]) => (c as { email?: string }).email ?? "") } },
    });
    expect(made).toBe(1); // only the pre-existing account
    expect(await db().ssoIdentity.count({ where: { userId: existing.userId } })).toBe(0);
  });

  it("lets an invited email from any domain in, joining the inviting workspace", async () => {
    const owner = await createMember();
    const email = `guest-${suffix()}@partner.example`;
    await db().invitation.create({
      data: {
        workspaceId: owner.workspaceId,
        email,
        role: "reviewer",
        tokenHash: suffix() + suffix(),
        expiresAt: new Date(Date.now() + 3600_000),
        createdById: owner.userId,
      },
    });
    const out = await completeSsoSignIn(corp(), claims(email), META, null);
    const m = await db().membership.findFirstOrThrow({
      where: { workspaceId: owner.workspaceId, userId: (out as { userId: string }).userId },
    });
    expect(m.role).toBe("reviewer");
  });

  it("keeps group-granted roles in step with the groups, and never touches hand-made memberships", async () => {
    const owner = await createMember();
    const ownerActor = { ...(await sessionActor(owner.userId)), ssoProvider: "corp" };
    await addGroupRole(ownerActor, owner.slug, { provider: "corp", group: "eng", role: "reviewer" });
    await addGroupRole(ownerActor, owner.slug, { provider: "corp", group: "sec", role: "admin" });
    const c = claims(`g-${suffix()}@corp.example`);
    const role = async (userId: string) =>
      (
        await db().membership.findUnique({
          where: { workspaceId_userId: { workspaceId: owner.workspaceId, userId } },
        })
      )?.role ?? null;
    const first = (await completeSsoSignIn(corp(), { ...c, groups: ["eng", "sec"] }, META, null)) as {
      userId: string;
    };
    expect(await role(first.userId)).toBe("admin");
    await completeSsoSignIn(corp(), { ...c, groups: ["eng"] }, META, null);
    expect(await role(first.userId)).toBe("reviewer");
    await completeSsoSignIn(corp(), { ...c, groups: [] }, META, null);
    expect(await role(first.userId)).toBeNull();
    // A membership an admin made by hand survives the absence of groups.
    await db().membership.create({
      data: { workspaceId: owner.workspaceId, userId: first.userId, role: "viewer" },
    });
    await completeSsoSignIn(corp(), { ...c, groups: [] }, META, null);
    expect(await role(first.userId)).toBe("viewer");
  });
});

describe("linking and requiring SSO", () => {
  it("links only after the password, in the session that asked, and after an explicit confirmation", async () => {
    const m = await createMember();
    const me = await sessionActor(m.userId, META, { stepUp: false });
    await expect(startSsoLink(me, { provider: "corp" })).rejects.toMatchObject({ code: "step_up_required" });
    await expect(
      startSsoLink(me, { provider: "corp", password: "wrong-password-123" }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    await startSsoLink(me, { provider: "corp", password: PASSWORD });
    const c = claims(`someone-${suffix()}@corp.example`);
    // The provider's answer in another browser links nothing: it is a plain (JIT) sign-in there.
    const elsewhere = await sessionActor(m.userId);
    expect(
      (await completeSsoSignIn(corp(), claims(`x-${suffix()}@corp.example`), META, elsewhere.sessionId!))
        .kind,
    ).toBe("session");
    expect(await completeSsoSignIn(corp(), c, META, me.sessionId!)).toEqual({ kind: "link" });
    expect(await db().ssoIdentity.count({ where: { userId: m.userId } })).toBe(0);
    expect(await pendingSsoLink(me)).toMatchObject({ subject: c.sub, idpEmail: c.email });
    await expect(confirmSsoLink(elsewhere)).rejects.toMatchObject({ code: "gone" });
    await confirmSsoLink(me);
    const signedIn = await completeSsoSignIn(corp(), c, META, null);
    expect(signedIn).toMatchObject({ kind: "session", userId: m.userId });
  });

  it("refuses password sessions in a workspace that requires SSO; SSO sessions and API tokens work", async () => {
    const m = await createMember();
    const password = await sessionActor(m.userId);
    await expect(setRequireSso(password, m.slug, { requireSso: true })).rejects.toMatchObject({
      code: "conflict",
    });
    const token = await tokenActor(password, m.slug, ["read"]);
    await setRequireSso({ ...password, ssoProvider: "corp" }, m.slug, { requireSso: true });
    await expect(authorize(password, m.slug, "workspace.read")).rejects.toMatchObject({
      code: "forbidden",
      details: { reason: "sso_required" },
    });
    await expect(
      authorize({ ...password, ssoProvider: "corp" }, m.slug, "workspace.read"),
    ).resolves.toBeTruthy();
    await expect(
      authorize(await tokenActor(password, m.slug, ["read"]).catch(() => token), m.slug, "workspace.read"),
    ).resolves.toBeTruthy();
  });
});

describe("back-channel logout", () => {
  it("ends the sessions a valid logout token names, once; forged or misdirected tokens change nothing", async () => {
    const c = claims(`bc-${suffix()}@corp.example`);
    const { sessionId } = (await completeSsoSignIn(corp(), c, META, null)) as { sessionId: string };
    const other = (await completeSsoSignIn(corp(), { ...c, sid: "another" }, META, null)) as {
      sessionId: string;
    };
    const live = async (id: string) => !!(await actorFromSession(id, META));
    const bad = [
      await issuer.logoutToken({ sub: c.sub, sid: c.sid, aud: "someone-else" }),
      await issuer.logoutToken({ sub: c.sub, sid: c.sid }, { foreignKey: true }),
      await issuer.logoutToken({ sub: c.sub, sid: c.sid, nonce: "n" }),
      await issuer.logoutToken({ sub: c.sub, sid: c.sid, events: {} }),
    ];
    for (const t of bad)
      await expect(backchannelLogout(corp(), t, META)).rejects.toMatchObject({ code: "validation_failed" });
    expect(await live(sessionId)).toBe(true);
    const good = await issuer.logoutToken({ sub: c.sub, sid: c.sid });
    expect(await backchannelLogout(corp(), good, META)).toBe(1);
    expect(await live(sessionId)).toBe(false);
    expect(await live(other.sessionId)).toBe(true); // another provider session of the same person
    await expect(backchannelLogout(corp(), good, META)).rejects.toMatchObject({ code: "validation_failed" });
    // Without sid: every session of that person from this issuer.
    expect(await backchannelLogout(corp(), await issuer.logoutToken({ sub: c.sub }), META)).toBe(1);
    expect(await live(other.sessionId)).toBe(false);
  });
});
