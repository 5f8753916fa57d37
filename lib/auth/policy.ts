import type { Role } from "../generated/prisma/enums";

export type { Role };

export const ROLES = ["owner", "admin", "reviewer", "viewer"] as const satisfies readonly Role[];

/**
 * Who may do what inside a workspace: the single source of truth, checked by every service
 * call (lib/auth/authorize.ts). The authorisation matrix test walks this table, so an action
 * missing here cannot be called at all, and one added here without a test fails the suite.
 */
const everyone = ["owner", "admin", "reviewer", "viewer"] as const;
const admins = ["owner", "admin"] as const;
const reviewers = ["owner", "admin", "reviewer"] as const;

export const POLICY = {
  "workspace.read": everyone,
  "workspace.update": admins,
  // The whole workspace as one JSON file (people, scores, catalogues): owners only.
  "workspace.backup": ["owner"],
  "members.list": everyone,
  "members.invite": admins,
  "members.changeRole": admins,
  "members.remove": admins,
  "members.transferOwnership": ["owner"],
  "security.read": admins,
  "security.unlockUser": admins,
  "security.disableUser": admins,
  "security.issuePasswordReset": admins,
  "security.massCredentialReset": ["owner"],
  "audit.read": admins,
  // Single sign-on: requiring it and mapping provider groups to roles decide who gets in.
  "sso.manage": ["owner"],
  "tokens.manageOwn": everyone,
  "frameworks.read": everyone,
  "frameworks.write": reviewers,
  "evaluations.read": everyone,
  "evaluations.create": reviewers,
  "evaluations.manage": admins,
  "scores.write": reviewers,
  "profiles.write": admins,
  "comparisons.write": reviewers,
  "shares.read": everyone,
  // Public comparison links. Revoking one further needs its creator or an owner/admin.
  "shares.manage": reviewers,
  // Catalogues imported into a workspace (OSCAL, CISO Assistant), and their archive state.
  "catalogues.import": admins,
  "catalogues.archive": admins,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICY;

/** Actions that only read: an API token with the `read` scope may call these and no others. */
export const READ_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  "workspace.read",
  "members.list",
  "security.read",
  "audit.read",
  "frameworks.read",
  "evaluations.read",
  "shares.read",
]);

export const can = (role: Role, action: Action) => (POLICY[action] as readonly Role[]).includes(role);

/** Roles an actor may grant: admins cannot create owners (ownership moves by transfer). */
export const grantableRoles = (role: Role): Role[] =>
  role === "owner"
    ? ["admin", "reviewer", "viewer"]
    : role === "admin"
      ? ["admin", "reviewer", "viewer"]
      : [];

/** Owners can be acted on (removed, disabled, reset) only by owners; everyone else by any admin. */
export const mayActOnMember = (myRole: Role, theirRole: Role) => theirRole !== "owner" || myRole === "owner";

/** Viewers may hold read-only API tokens only: a write-scoped token would outrank its holder. */
export const mayHoldWriteTokens = (role: Role) => role !== "viewer";
