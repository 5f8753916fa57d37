import "server-only";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { can, mayActOnMember, mayHoldWriteTokens } from "../../auth/policy";
import { listMyTokens } from "../accounts/api-tokens";
import { tokenRow } from "../accounts/token-rows";
import { listInvitations } from "./invitations";
import { listMembers } from "./members";
import { securityOverview } from "../admin/security-admin";
import { chainFigure, dependencyAuditLine, mfaRequirement, securityMember } from "../admin/security-labels";
import { securityPosture } from "../admin/security-posture";

/**
 * View models of the workspace pages about people (members, security, API tokens): one call
 * per page, the permission flags decided here from the policy table, so a page only renders.
 * The services called check the role again: a flag only hides what would be refused.
 */

/** Members, pending invitations (admins only), and per member what the caller may do to them. */
export async function membersPage(actor: Actor | null, slug: string) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "members.list");
  const invite = can(role, "members.invite");
  const [members, invitations] = await Promise.all([
    listMembers(me, slug),
    invite ? listInvitations(me, slug) : [],
  ]);
  return {
    // `me`: the caller's own id, which "Leave this workspace" removes.
    workspace: { name: workspace.name, role, me: me.userId },
    can: { invite, manage: can(role, "members.remove") },
    invitations: invitations.map((i) => ({ ...i, expires: i.expiresAt.toISOString().slice(0, 10) })),
    members: members.map((m) => {
      const self = m.id === me.userId;
      return {
        ...m,
        self,
        may: {
          // Owners change role only by transferring ownership (changeRole refuses it).
          changeRole: !self && can(role, "members.changeRole") && m.role !== "owner",
          remove: !self && can(role, "members.remove") && mayActOnMember(role, m.role),
          makeOwner: !self && can(role, "members.transferOwnership"),
        },
      };
    }),
  };
}

/** The security page: overview, posture, the members the caller may act on, and mass reset for owners. */
export async function securityPage(actor: Actor | null, slug: string) {
  const { role, actor: me } = await authorize(actor, slug, "security.read");
  const [overview, posture, members] = await Promise.all([
    securityOverview(me, slug),
    securityPosture(me, slug),
    listMembers(me, slug),
  ]);
  const vulnerabilities = posture.audit.status === "ok" ? (posture.audit.vulnerabilities ?? {}) : null;
  return {
    overview,
    posture,
    vulnerabilities,
    // The stat cards and the 2FA card as text (lib/services/admin/security-labels.ts).
    figures: {
      mfa: `${overview.mfaEnrolled} / ${overview.members}`,
      locked: overview.locked.length,
      tokens: overview.activeTokens,
      shareLinks: posture.activeShareLinks,
      chain: chainFigure(posture.chain),
      version: posture.version,
      dependencyAudit: dependencyAuditLine(posture.audit, vulnerabilities),
    },
    mfaRequirement: mfaRequirement(overview.requireMfa),
    members: members
      .filter((m) => m.id !== me.userId && mayActOnMember(role, m.role))
      .map((m) => ({ ...m, ...securityMember(m) })),
    can: { massReset: can(role, "security.massCredentialReset") },
  };
}

/** The caller's tokens in this workspace as table rows, and whether they may create write-scoped ones. */
export async function tokensPage(actor: Actor | null, slug: string) {
  const { role, actor: me } = await authorize(actor, slug, "tokens.manageOwn");
  const tokens = await listMyTokens(me, slug);
  const now = new Date();
  return { tokens: tokens.map((t) => tokenRow(t, now)), canWrite: mayHoldWriteTokens(role) };
}
