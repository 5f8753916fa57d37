import "server-only";
import { recordAudit } from "../../audit/record";
import type { RequestMeta } from "../../auth/actor";
import type { OidcProvider } from "../../auth/oidc/config";
import type { Prisma } from "../../db";
import type { Role } from "../../generated/prisma/enums";

const RANK: Record<Role, number> = { owner: 3, admin: 2, reviewer: 1, viewer: 0 };

/**
 * Keeps group-granted memberships in step with the groups the provider sent at this sign-in.
 * Only memberships a group granted (viaSsoGroup) are changed or removed; one an admin made
 * by hand, or an owner's, is left alone. The rules are read across workspaces because one
 * sign-in can concern several; each change is audited in its own workspace.
 */
export async function syncGroupRoles(
  tx: Prisma.TransactionClient,
  provider: OidcProvider,
  user: { id: string; email: string },
  groups: string[],
  meta: RequestMeta,
) {
  const rules = await tx.ssoGroupRole.findMany({
    where: { provider: provider.id },
    select: { workspaceId: true, group: true, role: true },
  });
  const held = new Set(groups);
  const best = new Map<string, Role | null>();
  // A group-granted membership in a workspace whose mappings were all removed since: it ends.
  const orphaned = await tx.membership.findMany({
    where: { userId: user.id, viaSsoGroup: true, workspace: { ssoGroupRoles: { none: {} } } },
    select: { workspaceId: true },
  });
  for (const o of orphaned) best.set(o.workspaceId, null);
  for (const r of rules) {
    const current = best.get(r.workspaceId) ?? null;
    const candidate = held.has(r.group) ? r.role : null;
    best.set(r.workspaceId, candidate && (!current || RANK[candidate] > RANK[current]) ? candidate : current);
  }
  const existing = await tx.membership.findMany({
    where: { userId: user.id, workspaceId: { in: [...best.keys()] } },
    select: { workspaceId: true, role: true, viaSsoGroup: true },
  });
  const changes: { workspaceId: string; before: Role | null; after: Role | null }[] = [];
  for (const [workspaceId, role] of best) {
    const m = existing.find((e) => e.workspaceId === workspaceId);
    const key = { workspaceId_userId: { workspaceId, userId: user.id } };
    if (!m && role) {
      await tx.membership.create({ data: { workspaceId, userId: user.id, role, viaSsoGroup: true } });
    } else if (m?.viaSsoGroup && m.role !== "owner" && role && role !== m.role) {
      await tx.membership.update({ where: key, data: { role } });
    } else if (m?.viaSsoGroup && m.role !== "owner" && !role) {
      await tx.membership.delete({ where: key });
    } else continue;
    changes.push({ workspaceId, before: m?.role ?? null, after: role });
    await recordAudit(tx, {
      action: "member.sso_group_sync",
      actorEmail: user.email,
      meta,
      workspaceId,
      targetType: "user",
      targetId: user.id,
      before: m ? { role: m.role } : null,
      after: { role, provider: provider.id },
    });
  }
  return changes;
}
