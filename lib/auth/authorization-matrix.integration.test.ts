import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { Role } from "../generated/prisma/enums";
import {
  tokenActor,
  createEvaluationFixture,
  createMember,
  createWorkspaceWith,
  sessionActor,
  uniqueEmail,
  type TestMember,
} from "../testing/fixtures";
import {
  createEvaluation,
  changeEvaluationStatus,
  listEvaluations,
} from "../services/evaluations/evaluations";
import { createFramework, listFrameworks } from "../services/evaluations/frameworks";
import { saveScore } from "../services/evaluations/scores";
import { createWeightProfile } from "../services/comparisons/weight-profiles";
import { saveComparison } from "../services/comparisons/saved-comparisons";
import { createShareLink, listShareLinks } from "../services/sharing/share-links";
import { createToken } from "../services/accounts/api-tokens";
import { listAuditEvents } from "../services/admin/audit-log";
import { inviteMember } from "../services/workspaces/invitations";
import { changeRole, listMembers, removeMember, transferOwnership } from "../services/workspaces/members";
import {
  issuePasswordReset,
  massCredentialReset,
  securityOverview,
  setUserDisabled,
  unlockUser,
} from "../services/admin/security-admin";
import { getWorkspace, updateWorkspaceSettings } from "../services/workspaces/workspaces";
import { exportWorkspaceBackup } from "../services/admin/workspace-backup";
import { importCatalogue } from "../services/catalogues/catalogue-import";
import { setCatalogueArchived } from "../services/catalogues/catalogue-workspace";
import { importedCatalogueFixture } from "../services/catalogues/catalogue-fixtures";
import { sampleLibraryYaml } from "../interop/ciso-assistant/sample-library";
import { setRequireSso } from "../services/sso/workspace-sso";
import type { Actor } from "./actor";
import { POLICY, READ_ACTIONS, ROLES, type Action } from "./policy";

/**
 * Walks POLICY: every action × every role through a real service call, plus the doors that
 * must stay shut whatever the role (another tenant, anonymous, token scope and binding).
 */
interface Ctx {
  targetId: string;
}
type Call = (actor: Actor | null, slug: string, ctx: Ctx) => Promise<unknown>;

const ACTION_CALLS: Record<Action, Call> = {
  "workspace.read": (a, slug) => getWorkspace(a, slug),
  "workspace.update": (a, slug) => updateWorkspaceSettings(a, slug, { name: "Renamed" }),
  "workspace.backup": (a, slug) => exportWorkspaceBackup(a, slug),
  "members.list": (a, slug) => listMembers(a, slug),
  "members.invite": (a, slug) => inviteMember(a, slug, { email: uniqueEmail("invitee"), role: "viewer" }),
  "members.changeRole": (a, slug, ctx) => changeRole(a, slug, { userId: ctx.targetId, role: "viewer" }),
  "members.remove": (a, slug, ctx) => removeMember(a, slug, { userId: ctx.targetId }),
  "members.transferOwnership": (a, slug, ctx) => transferOwnership(a, slug, { userId: ctx.targetId }),
  "security.read": (a, slug) => securityOverview(a, slug),
  "security.unlockUser": (a, slug, ctx) => unlockUser(a, slug, { userId: ctx.targetId }),
  "security.disableUser": (a, slug, ctx) =>
    setUserDisabled(a, slug, { userId: ctx.targetId, disabled: true }),
  "security.issuePasswordReset": (a, slug, ctx) => issuePasswordReset(a, slug, { userId: ctx.targetId }),
  "security.massCredentialReset": (a, slug) => massCredentialReset(a, slug, { confirm: slug }),
  "audit.read": (a, slug) => listAuditEvents(a, slug, {}),
  "sso.manage": (a, slug) => setRequireSso(a, slug, { requireSso: false }),
  "tokens.manageOwn": (a, slug) => createToken(a, slug, { name: "t", scopes: ["read"], expiresInDays: 7 }),
  "frameworks.read": (a, slug) => listFrameworks(a, slug),
  "frameworks.write": (a, slug) =>
    createFramework(a, slug, {
      name: "Matrix SDK",
      vendor: "V",
      productVersion: "1",
      componentTypes: ["edge"],
    }),
  "evaluations.read": (a, slug) => listEvaluations(a, slug),
  "evaluations.create": async (a, slug) => {
    const { frameworkId, catalogue } = await createEvaluationFixture(slug);
    return createEvaluation(a, slug, {
      frameworkId,
      catalogue: { slug: catalogue.slug, version: catalogue.version },
    });
  },
  "evaluations.manage": async (a, slug) =>
    changeEvaluationStatus(a, slug, (await createEvaluationFixture(slug)).evaluationId, {
      status: "in_review",
    }),
  "profiles.write": (a, slug) =>
    createWeightProfile(a, slug, { name: `Matrix ${Math.random()}`, sectionWeights: { EDGE: 2 } }),
  "shares.read": (a, slug) => listShareLinks(a, slug),
  "shares.manage": async (a, slug) =>
    createShareLink(a, slug, { evaluationIds: [(await createEvaluationFixture(slug)).evaluationId] }),
  "comparisons.write": async (a, slug) => {
    const [x, y] = [await createEvaluationFixture(slug), await createEvaluationFixture(slug)];
    return saveComparison(a, slug, {
      name: `Matrix ${Math.random()}`,
      query: `e=${x.evaluationId},${y.evaluationId}`,
    });
  },
  "catalogues.import": (a, slug) =>
    importCatalogue(a, slug, { text: sampleLibraryYaml(`m-${Math.random().toString(36).slice(2)}`) }),
  "catalogues.archive": async (a, slug) => {
    const { version } = await importedCatalogueFixture(slug);
    return setCatalogueArchived(a, slug, { slug: "sample-lib", version, archived: true });
  },
  "scores.write": async (a, slug) =>
    saveScore(a, slug, (await createEvaluationFixture(slug)).evaluationId, "EDGE-01", {
      value: 3,
      rationale: "TLS by default",
    }),
};

const ACTIONS = Object.keys(POLICY) as Action[];
const allowed = (action: Action) => POLICY[action] as readonly Role[];

// Pooled users: each call gets a fresh workspace, so one caller can hold every role in turn.
let caller: TestMember;
let outsider: TestMember;
let callerActor: Actor;
let outsiderActor: Actor;
let otherWorkspaceToken: Actor;

beforeAll(async () => {
  [caller, outsider] = await Promise.all([createMember(), createMember()]);
  [callerActor, outsiderActor] = await Promise.all([
    sessionActor(caller.userId),
    sessionActor(outsider.userId),
  ]);
  // A read+write token bound to the caller's own workspace, used against the others.
  otherWorkspaceToken = await tokenActor(callerActor, caller.slug, ["read", "write"]);
});

/**
 * A fresh workspace where the caller holds `role` and a fresh target is a reviewer. The target
 * is new each time because account-wide actions (reset, disable) are refused on accounts that
 * also belong to workspaces the caller does not administer.
 */
async function workspaceAs(role: Role) {
  const fresh = await db().user.create({
    data: { email: uniqueEmail("target"), name: "Target", passwordHash: "!not-used" },
    select: { id: true },
  });
  const ws = await createWorkspaceWith([
    { userId: caller.userId, role },
    { userId: fresh.id, role: "reviewer" },
  ]);
  return { ...ws, ctx: { targetId: fresh.id } };
}

describe("authorisation matrix", () => {
  it("has a service call for exactly the actions in POLICY, and covers every role", () => {
    expect(Object.keys(ACTION_CALLS).sort()).toEqual([...ACTIONS].sort());
    expect([...ROLES].sort()).toEqual(Object.values(Role).sort());
  });

  for (const action of ACTIONS) {
    describe(action, () => {
      for (const role of ROLES) {
        const may = allowed(action).includes(role);
        it(`${role} ${may ? "may" : "may not"}`, async () => {
          const { slug, ctx } = await workspaceAs(role);
          const call = ACTION_CALLS[action](callerActor, slug, ctx);
          if (may) await expect(call).resolves.not.toThrow();
          else await expect(call).rejects.toMatchObject({ name: "AppError", code: "forbidden" });
        });
      }

      it("is not found for a member of another workspace", async () => {
        const { slug, ctx } = await workspaceAs("owner");
        await expect(ACTION_CALLS[action](outsiderActor, slug, ctx)).rejects.toMatchObject({
          code: "not_found",
        });
      });

      it("is unauthorized for an anonymous caller", async () => {
        const { slug, ctx } = await workspaceAs("owner");
        await expect(ACTION_CALLS[action](null, slug, ctx)).rejects.toMatchObject({ code: "unauthorized" });
      });

      it("is not found for an owner's token bound to another workspace", async () => {
        const { slug, ctx } = await workspaceAs("owner");
        // Token callers may never manage tokens (a leaked token cannot breed): 403 for any slug.
        const code = action === "tokens.manageOwn" ? "forbidden" : "not_found";
        await expect(ACTION_CALLS[action](otherWorkspaceToken, slug, ctx)).rejects.toMatchObject({ code });
      });

      const isRead = READ_ACTIONS.has(action);
      it(`${isRead ? "is allowed" : "is forbidden"} for an owner's read-only token`, async () => {
        const { slug, ctx } = await workspaceAs("owner");
        const readToken = await tokenActor(callerActor, slug, ["read"]);
        const call = ACTION_CALLS[action](readToken, slug, ctx);
        if (isRead) await expect(call).resolves.not.toThrow();
        else await expect(call).rejects.toMatchObject({ code: "forbidden" });
      });
    });
  }
});

describe("denied calls change nothing", () => {
  it("a viewer's forbidden write leaves memberships, invitations and audit untouched", async () => {
    const { slug, workspaceId, ctx } = await workspaceAs("viewer");
    const snapshot = async () => ({
      members: await db().membership.findMany({
        where: { workspaceId },
        select: { userId: true, role: true },
        orderBy: { userId: "asc" },
      }),
      invitations: await db().invitation.count({ where: { workspaceId } }),
      audit: await db().auditEvent.count({ where: { workspaceId } }),
      workspace: await db().workspace.findUniqueOrThrow({
        where: { id: workspaceId },
        select: { name: true, requireMfa: true },
      }),
    });
    const before = await snapshot();
    for (const action of ACTIONS.filter((a) => !allowed(a).includes("viewer"))) {
      await expect(ACTION_CALLS[action](callerActor, slug, ctx)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await snapshot()).toEqual(before);
  });
});
