import { describe, expect, it } from "vitest";
import { GET as getEvaluation, PATCH as patchEvaluation } from "@/app/api/v1/evaluations/[id]/route";
import { POST as archive } from "@/app/api/v1/frameworks/[id]/archive/route";
import { GET as getFramework, PATCH as patchFramework } from "@/app/api/v1/frameworks/[id]/route";
import { POST as unarchive } from "@/app/api/v1/frameworks/[id]/unarchive/route";
import { GET as listInvitations } from "@/app/api/v1/workspaces/[workspace]/invitations/route";
import { DELETE as revokeInvitation } from "@/app/api/v1/workspaces/[workspace]/invitations/[id]/route";
import {
  DELETE as removeMember,
  PATCH as changeRole,
} from "@/app/api/v1/workspaces/[workspace]/members/[id]/route";
import { DELETE as revokeShareLink } from "@/app/api/v1/share-links/[id]/route";
import { GET as listShareLinks, POST as postShareLink } from "@/app/api/v1/share-links/route";
import { db } from "../db";
import { inviteMember } from "../services/workspaces/invitations";
import { bearer, call, memberWithToken } from "../testing/api-calls";
import { createEvaluationFixture, createMember, sessionActor, suffix } from "../testing/fixtures";

/** One workspace with an owner, a reviewer, a viewer and a plain member; another workspace's owner. */
async function world() {
  const owner = await memberWithToken("owner");
  const reviewer = await memberWithToken("reviewer", owner.slug);
  const viewer = await memberWithToken("viewer", owner.slug);
  const target = await createMember({ role: "viewer", slug: owner.slug });
  const outsider = await memberWithToken("owner");
  const { frameworkId, evaluationId } = await createEvaluationFixture(owner.slug);
  const inv = await inviteMember(await sessionActor(owner.userId), owner.slug, {
    email: `inv-${suffix()}@example.test`,
    role: "viewer",
  });
  return { owner, reviewer, viewer, target, outsider, frameworkId, evaluationId, invitationId: inv.id };
}

describe("authorisation of the new endpoints", () => {
  it("frameworks: viewers cannot change or archive; another workspace's framework is 404; owners can", async () => {
    const w = await world();
    const params = { id: w.frameworkId };
    const path = `/api/v1/frameworks/${w.frameworkId}`;
    const patch = (token: string) =>
      call(patchFramework, "PATCH", path, { token, params, body: { name: "N" } });
    expect((await patch(w.viewer.token)).status).toBe(403);
    expect((await call(archive, "POST", `${path}/archive`, { token: w.viewer.token, params })).status).toBe(
      403,
    );
    expect((await patch(w.outsider.token)).status).toBe(404);
    expect((await call(getFramework, "GET", path, { token: w.outsider.token, params })).status).toBe(404);
    expect((await call(archive, "POST", `${path}/archive`, { token: w.outsider.token, params })).status).toBe(
      404,
    );
    const archived = await call(archive, "POST", `${path}/archive`, { token: w.reviewer.token, params });
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    const back = await call(unarchive, "POST", `${path}/unarchive`, { token: w.owner.token, params });
    expect(back.body).toMatchObject({ archivedAt: null, version: 3 });
    const row = await db().framework.findUniqueOrThrow({ where: { id: w.frameworkId } });
    expect(row.name).not.toBe("N");
  });

  it("evaluations: reviewers and viewers may read but not change; another workspace's is 404", async () => {
    const w = await world();
    const params = { id: w.evaluationId };
    const path = `/api/v1/evaluations/${w.evaluationId}`;
    const patch = (token: string) =>
      call(patchEvaluation, "PATCH", path, { token, params, body: { status: "final" } });
    expect((await call(getEvaluation, "GET", path, { token: w.viewer.token, params })).status).toBe(200);
    expect((await patch(w.reviewer.token)).status).toBe(403);
    expect((await patch(w.viewer.token)).status).toBe(403);
    expect((await patch(w.outsider.token)).status).toBe(404);
    expect((await call(getEvaluation, "GET", path, { token: w.outsider.token, params })).status).toBe(404);
    const ev = await db().evaluation.findUniqueOrThrow({ where: { id: w.evaluationId } });
    expect([ev.status, ev.version]).toEqual(["draft", 1]);
  });

  it("members and invitations: only owners/admins manage them, and only in the token's workspace", async () => {
    const w = await world();
    const members = `/api/v1/workspaces/${w.owner.slug}/members/${w.target.userId}`;
    const mParams = { workspace: w.owner.slug, id: w.target.userId };
    const role = (token: string, params = mParams) =>
      call(changeRole, "PATCH", members, { token, params, body: { role: "reviewer" } });
    expect((await role(w.reviewer.token)).status).toBe(403);
    expect((await role(w.outsider.token)).status).toBe(404);
    expect(
      (await call(removeMember, "DELETE", members, { token: w.reviewer.token, params: mParams })).status,
    ).toBe(403);
    expect((await role(w.owner.token, { ...mParams, id: w.outsider.userId })).status).toBe(404);
    const bad = await call(changeRole, "PATCH", members, {
      token: w.owner.token,
      params: mParams,
      body: { role: "boss" },
    });
    expect(bad.body.error.issues[0].field).toBe("role");
    expect((await role(w.owner.token)).body).toEqual({ id: w.target.userId, role: "reviewer" });

    const invitations = `/api/v1/workspaces/${w.owner.slug}/invitations`;
    const iParams = { workspace: w.owner.slug, id: w.invitationId };
    expect(
      (await call(listInvitations, "GET", invitations, { token: w.reviewer.token, params: iParams })).status,
    ).toBe(403);
    const revoke = (token: string, params = iParams) =>
      call(revokeInvitation, "DELETE", `${invitations}/${w.invitationId}`, { token, params });
    expect((await revoke(w.reviewer.token)).status).toBe(403);
    expect((await revoke(w.outsider.token, { workspace: w.outsider.slug, id: w.invitationId })).status).toBe(
      404,
    );
    expect((await revoke(w.owner.token)).status).toBe(204);
    expect((await revoke(w.owner.token)).status).toBe(404);

    expect(
      (await call(removeMember, "DELETE", members, { token: w.owner.token, params: mParams })).status,
    ).toBe(204);
    const audit = await db().auditEvent.findMany({
      where: {
        workspaceId: w.owner.workspaceId,
        action: { in: ["member.role_changed", "member.removed", "member.invitation_revoked"] },
      },
      select: { action: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual([
      "member.invitation_revoked",
      "member.removed",
      "member.role_changed",
    ]);
    expect(
      await db().membership.count({ where: { workspaceId: w.owner.workspaceId, userId: w.target.userId } }),
    ).toBe(0);
  });

  it("share links: revoked by their creator or an owner/admin, twice is still 204, never by a read token or another workspace", async () => {
    const w = await world();
    const links = async (token: string) =>
      (
        await call(postShareLink, "POST", "/api/v1/share-links", {
          token,
          body: { evaluationIds: [w.evaluationId] },
        })
      ).body.id as string;
    const ownersLink = await links(w.owner.token);
    const reviewersLink = await links(w.reviewer.token);
    const revoke = (token: string, id: string) =>
      call(revokeShareLink, "DELETE", `/api/v1/share-links/${id}`, { token, params: { id } });
    const readOnly = await bearer(w.owner.userId, w.owner.slug, ["read"]);
    expect((await revoke(w.reviewer.token, ownersLink)).status).toBe(403);
    expect((await revoke(w.viewer.token, reviewersLink)).status).toBe(403);
    expect((await revoke(readOnly, reviewersLink)).status).toBe(403);
    expect((await revoke(w.outsider.token, reviewersLink)).status).toBe(404);
    expect((await revoke(w.owner.token, crypto.randomUUID())).status).toBe(404);
    expect((await revoke(w.reviewer.token, reviewersLink)).status).toBe(204);
    expect((await revoke(w.owner.token, ownersLink)).status).toBe(204);
    expect((await revoke(w.owner.token, ownersLink)).status).toBe(204);
    const listed = await call(listShareLinks, "GET", "/api/v1/share-links", { token: w.viewer.token });
    expect(listed.body.shareLinks.map((l: { state: string }) => l.state)).toEqual(["revoked", "revoked"]);
    const audit = await db().auditEvent.count({
      where: { workspaceId: w.owner.workspaceId, action: "share.revoked" },
    });
    expect(audit).toBe(2);
  });
});
