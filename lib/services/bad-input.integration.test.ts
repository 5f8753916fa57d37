import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import type { AppError } from "../errors/app-error";
import {
  createMember,
  META,
  PASSWORD,
  sessionActor,
  uniqueEmail,
  type TestMember,
} from "../testing/fixtures";
import { changePassword, resetPassword } from "./accounts/account";
import { cliCreateUser } from "./admin/admin-cli";
import { createToken, revokeToken } from "./accounts/api-tokens";
import { listAuditEvents } from "./admin/audit-log";
import { acceptInvitation, inviteMember } from "./workspaces/invitations";
import { changeRole, removeMember, transferOwnership } from "./workspaces/members";
import { confirmMfaEnrolment } from "./accounts/mfa";
import { issuePasswordReset, setUserDisabled } from "./admin/security-admin";
import { createWorkspace, updateWorkspaceSettings } from "./workspaces/workspaces";

/**
 * Bad input gets "validation_failed" naming the field, and nothing is written: the owner's
 * workspace and user rows, and every row that could have been created, are compared
 * before and after each call.
 */
let owner: TestMember;
let member: TestMember;
let actor: Actor;
let inviteToken: string;

beforeAll(async () => {
  owner = await createMember({ role: "owner" });
  member = await createMember({ role: "reviewer", slug: owner.slug });
  actor = await sessionActor(owner.userId);
  inviteToken = (
    await inviteMember(actor, owner.slug, { email: uniqueEmail("invitee"), role: "viewer" })
  ).path
    .split("/")
    .pop()!;
});

async function snapshot() {
  const ids = [owner.userId, member.userId];
  return {
    workspace: await db().workspace.findUniqueOrThrow({
      where: { id: owner.workspaceId },
      select: { name: true, requireMfa: true },
    }),
    memberships: await db().membership.findMany({
      where: { workspaceId: owner.workspaceId },
      select: { userId: true, role: true },
      orderBy: { userId: "asc" },
    }),
    users: await db().user.findMany({
      where: { id: { in: ids } },
      select: { id: true, passwordHash: true, disabledAt: true, mfaSecret: true },
      orderBy: { id: "asc" },
    }),
    invitations: await db().invitation.findMany({
      where: { workspaceId: owner.workspaceId },
      select: { id: true, acceptedAt: true, revokedAt: true },
    }),
    tokens: await db().apiToken.findMany({
      where: { workspaceId: owner.workspaceId },
      select: { id: true, revokedAt: true },
    }),
    sessions: await db().session.count({ where: { userId: { in: ids }, revokedAt: null } }),
    resets: await db().passwordResetToken.count({ where: { userId: { in: ids } } }),
    ownedWorkspaces: await db().membership.count({ where: { userId: owner.userId } }),
    audit: await db().auditEvent.count({
      where: { OR: [{ workspaceId: owner.workspaceId }, { actorId: { in: ids } }] },
    }),
  };
}

// Calls read owner/member/actor when run, after beforeAll.
const cases: Array<[label: string, call: () => Promise<unknown>, field: string]> = [
  ["inviteMember: email", () => inviteMember(actor, owner.slug, { email: "nope", role: "viewer" }), "email"],
  [
    "inviteMember: role",
    () => inviteMember(actor, owner.slug, { email: uniqueEmail(), role: "superuser" }),
    "role",
  ],
  [
    "createToken: expiresInDays",
    () => createToken(actor, owner.slug, { name: "t", scopes: ["read"], expiresInDays: 400 }),
    "expiresInDays",
  ],
  [
    "createToken: scopes",
    () => createToken(actor, owner.slug, { name: "t", scopes: [], expiresInDays: 7 }),
    "scopes",
  ],
  [
    "createToken: unknown scope",
    () => createToken(actor, owner.slug, { name: "t", scopes: ["admin"], expiresInDays: 7 }),
    "scopes[0]",
  ],
  [
    "createToken: name",
    () => createToken(actor, owner.slug, { name: " ", scopes: ["read"], expiresInDays: 7 }),
    "name",
  ],
  ["revokeToken: tokenId", () => revokeToken(actor, owner.slug, { tokenId: "42" }), "tokenId"],
  [
    "changeRole: userId",
    () => changeRole(actor, owner.slug, { userId: "not-a-uuid", role: "viewer" }),
    "userId",
  ],
  ["changeRole: role", () => changeRole(actor, owner.slug, { userId: member.userId, role: "god" }), "role"],
  ["removeMember: userId", () => removeMember(actor, owner.slug, { userId: 7 }), "userId"],
  ["transferOwnership: userId", () => transferOwnership(actor, owner.slug, {}), "userId"],
  ["updateWorkspaceSettings: name", () => updateWorkspaceSettings(actor, owner.slug, { name: "a" }), "name"],
  [
    "updateWorkspaceSettings: requireMfa",
    () => updateWorkspaceSettings(actor, owner.slug, { requireMfa: "yes" }),
    "requireMfa",
  ],
  ["createWorkspace: name", () => createWorkspace(actor, { name: "" }), "name"],
  [
    "setUserDisabled: disabled",
    () => setUserDisabled(actor, owner.slug, { userId: member.userId, disabled: "true" }),
    "disabled",
  ],
  ["issuePasswordReset: userId", () => issuePasswordReset(actor, owner.slug, { userId: "" }), "userId"],
  ["listAuditEvents: from", () => listAuditEvents(actor, owner.slug, { from: "yesterday" }), "from"],
  ["listAuditEvents: limit", () => listAuditEvents(actor, owner.slug, { limit: 0 }), "limit"],
  [
    "changePassword: newPassword",
    () => changePassword(actor, { currentPassword: PASSWORD, newPassword: "password1234" }),
    "newPassword",
  ],
  [
    "changePassword: currentPassword",
    () => changePassword(actor, { currentPassword: "", newPassword: "fresh-Lantern-orbit-73" }),
    "currentPassword",
  ],
  [
    "resetPassword: token",
    () => resetPassword({ token: "<script>", password: "fresh-Lantern-orbit-73" }, META),
    "token",
  ],
  [
    "acceptInvitation: password",
    () => acceptInvitation(null, inviteToken, { name: "X", password: "aaaaaaaaaaaaaaaa" }, META),
    "password",
  ],
  [
    "acceptInvitation: name",
    () => acceptInvitation(null, inviteToken, { name: "", password: "fresh-Lantern-orbit-73" }, META),
    "name",
  ],
  ["confirmMfaEnrolment: code", () => confirmMfaEnrolment(actor, { code: "12ab" }), "code"],
  [
    "cliCreateUser: workspace",
    () => cliCreateUser({ email: uniqueEmail(), workspace: "Bad Slug!", role: "viewer", password: PASSWORD }),
    "workspace",
  ],
  [
    "cliCreateUser: password",
    () => cliCreateUser({ email: member.email, workspace: owner.slug, role: "admin", password: "Zq7w" }),
    "password",
  ],
];

describe("bad input", () => {
  for (const [label, call, field] of cases) {
    it(`${label} → validation_failed naming "${field}", nothing written`, async () => {
      const before = await snapshot();
      const e = await call().then(
        () => {
          throw new Error("accepted bad input");
        },
        (err: unknown) => err as AppError,
      );
      expect(e).toMatchObject({ name: "AppError", code: "validation_failed", status: 400 });
      expect(e.issues.map((i) => i.field)).toContain(field);
      expect(e.issues[0].field).toBe(field);
      expect(e.message).toContain(field);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("a non-object body names the body", async () => {
    const e = await createToken(actor, owner.slug, "scopes=read").catch((err: unknown) => err as AppError);
    expect(e).toMatchObject({ code: "validation_failed", issues: [{ field: "(body)" }] });
  });
});
