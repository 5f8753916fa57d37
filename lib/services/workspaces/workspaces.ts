import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import { requireSessionActor, type Actor, type TokenMembership } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { membershipsOf } from "../../auth/memberships";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";
import { workspaceNameSchema } from "../../schemas/account";
import { parseInput } from "../../schemas/parse";
import { createWorkspaceWithOwner } from "./workspace-create";

/** Workspaces the actor belongs to (the switcher). API tokens see only their own workspace. */
export async function listMyWorkspaces(actor: Actor | null, memberships?: TokenMembership[]) {
  if (!actor) throw new AppError("unauthorized", "Sign in first.");
  const rows = (memberships ?? (await membershipsOf(actor.userId))).filter(
    (m) => !actor.token || m.workspace.id === actor.token.workspaceId,
  );
  return rows.map(({ role, workspace: { slug, name, requireMfa } }) => ({ slug, name, requireMfa, role }));
}

/** The workspace layout: the current workspace (authorised) and the switcher's list, from one statement. */
export async function workspaceNav(actor: Actor | null, slug: string) {
  const memberships = actor ? await membershipsOf(actor.userId) : [];
  const { workspace, role, actor: me } = await authorize(actor, slug, "workspace.read", memberships);
  return {
    current: { slug: workspace.slug, name: workspace.name, role },
    all: await listMyWorkspaces(me, memberships),
  };
}

export async function getWorkspace(actor: Actor | null, slug: string) {
  const { workspace, role } = await authorize(actor, slug, "workspace.read");
  const members = await db().membership.count({ where: { workspaceId: workspace.id } });
  return { ...workspace, role, members };
}

export async function createWorkspace(actor: Actor | null, raw: unknown) {
  const a = requireSessionActor(actor);
  const { name } = parseInput(z.object({ name: workspaceNameSchema }), raw);
  return db().$transaction(async (tx) => {
    const ws = await createWorkspaceWithOwner(tx, a.userId, name);
    await recordAudit(tx, {
      action: "workspace.created",
      actor: a,
      workspaceId: ws.id,
      targetType: "workspace",
      targetId: ws.id,
      after: ws,
    });
    return ws;
  });
}

const settingsSchema = z.object({ name: workspaceNameSchema.optional(), requireMfa: z.boolean().optional() });

export async function updateWorkspaceSettings(actor: Actor | null, slug: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, slug, "workspace.update");
  const input = parseInput(settingsSchema, raw);
  return db().$transaction(async (tx) => {
    const after = await tx.workspace.update({
      where: { id: workspace.id },
      data: input,
      select: { name: true, requireMfa: true },
    });
    await recordAudit(tx, {
      action: "workspace.settings_changed",
      actor: me,
      workspaceId: workspace.id,
      targetType: "workspace",
      targetId: workspace.id,
      before: { name: workspace.name, requireMfa: workspace.requireMfa },
      after,
    });
    return after;
  });
}
