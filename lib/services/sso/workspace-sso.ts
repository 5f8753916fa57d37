import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { oidcProviders, requiredProvider } from "../../auth/oidc/config";
import { db } from "../../db";
import { AppError, notFound } from "../../errors/app-error";
import { parseInput } from "../../schemas/parse";
import { isoDay } from "../evaluations/evaluation-labels";

const groupRoleInput = z.object({
  provider: z.string().max(40),
  group: z.string().trim().min(1, "Enter the group's name as the provider sends it.").max(255),
  role: z.enum(
    ["admin", "reviewer", "viewer"],
    "Choose admin, reviewer or viewer (ownership moves by transfer).",
  ),
});
const requireInput = z.object({ requireSso: z.boolean() });
const idInput = z.object({ id: z.uuid("Unknown mapping.") });

/** The security page's SSO card: providers, the requirement, group rules and the API tokens that bypass it. */
export async function workspaceSsoView(actor: Actor | null, slug: string) {
  const { workspace, role } = await authorize(actor, slug, "security.read");
  const [settings, rules, tokens] = await Promise.all([
    db().workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: { requireSso: true } }),
    db().ssoGroupRole.findMany({
      where: { workspaceId: workspace.id },
      select: { id: true, provider: true, group: true, role: true },
      orderBy: [{ provider: "asc" }, { group: "asc" }],
    }),
    db().apiToken.findMany({
      where: { workspaceId: workspace.id, revokedAt: null, expiresAt: { gt: new Date() } },
      select: {
        id: true,
        name: true,
        scopes: true,
        expiresAt: true,
        lastUsedAt: true,
        user: { select: { email: true } },
      },
      orderBy: { createdAt: "asc" },
      take: 200,
    }),
  ]);
  return {
    providers: oidcProviders().map(({ id, name }) => ({ id, name })),
    requireSso: settings.requireSso,
    canManage: role === "owner",
    rules,
    tokens: tokens.map((t) => ({
      id: t.id,
      name: t.name,
      scopes: t.scopes,
      owner: t.user.email,
      expires: isoDay(t.expiresAt),
      lastUsed: t.lastUsedAt ? isoDay(t.lastUsedAt) : "never",
    })),
  };
}

/**
 * Require SSO: password sessions are refused in this workspace (API tokens still work). Only
 * an owner signed in through a provider may turn it on, so they cannot lock themselves out.
 */
export async function setRequireSso(actor: Actor | null, slug: string, raw: unknown) {
  const { workspace, actor: a } = await authorize(actor, slug, "sso.manage");
  const { requireSso } = parseInput(requireInput, raw);
  if (requireSso && !oidcProviders().length)
    throw new AppError(
      "conflict",
      "No identity provider is configured (OIDC_ISSUER), so SSO cannot be required.",
    );
  if (requireSso && !a.ssoProvider)
    throw new AppError(
      "conflict",
      "Sign in with your identity provider first, so that you keep access once SSO is required.",
    );
  await db().$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: workspace.id }, data: { requireSso } });
    await recordAudit(tx, {
      action: "workspace.sso_required",
      actor: a,
      workspaceId: workspace.id,
      targetType: "workspace",
      targetId: workspace.id,
      after: { requireSso },
    });
  });
  return { requireSso };
}

/** A provider group that grants a role here at every SSO sign-in of its members. */
export async function addGroupRole(actor: Actor | null, slug: string, raw: unknown) {
  const { workspace, actor: a } = await authorize(actor, slug, "sso.manage");
  const input = parseInput(groupRoleInput, raw);
  const provider = requiredProvider(input.provider);
  return db().$transaction(async (tx) => {
    const exists = await tx.ssoGroupRole.count({
      where: { workspaceId: workspace.id, provider: provider.id, group: input.group },
    });
    if (exists)
      throw new AppError("conflict", `"${input.group}" already has a role here; remove it first.`, [
        { field: "group", message: "Already mapped." },
      ]);
    const rule = await tx.ssoGroupRole.create({
      data: { workspaceId: workspace.id, provider: provider.id, group: input.group, role: input.role },
      select: { id: true },
    });
    await recordAudit(tx, {
      action: "workspace.sso_group_added",
      actor: a,
      workspaceId: workspace.id,
      targetType: "sso_group_role",
      targetId: rule.id,
      after: { provider: provider.id, group: input.group, role: input.role },
    });
    return rule;
  });
}

/** Members it granted keep their role until their next SSO sign-in, which removes it. */
export async function removeGroupRole(actor: Actor | null, slug: string, raw: unknown) {
  const { workspace, actor: a } = await authorize(actor, slug, "sso.manage");
  const { id } = parseInput(idInput, raw);
  await db().$transaction(async (tx) => {
    const rule = await tx.ssoGroupRole.findFirst({
      where: { id, workspaceId: workspace.id },
      select: { provider: true, group: true, role: true },
    });
    if (!rule) throw notFound("Mapping");
    await tx.ssoGroupRole.delete({ where: { id } });
    await recordAudit(tx, {
      action: "workspace.sso_group_removed",
      actor: a,
      workspaceId: workspace.id,
      targetType: "sso_group_role",
      targetId: id,
      before: rule,
    });
  });
}
