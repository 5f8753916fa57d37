import "server-only";
import { AppError, notFound } from "../errors/app-error";
import type { Role } from "../generated/prisma/enums";
import type { Actor, TokenMembership } from "./actor";
import { STRONG_AMR } from "./oidc/amr";
import { membershipsOf } from "./memberships";
import { can, READ_ACTIONS, type Action } from "./policy";

/**
 * What passing the gate proves. `actor` is the caller that was checked, typed non-null: a
 * service uses it (not its own `Actor | null` parameter), so the compiler rejects any use of an
 * unchecked actor instead of a `!` asserting one.
 */
export interface Authorised {
  workspace: { id: string; slug: string; name: string; requireMfa: boolean; requireSso: boolean };
  role: Role;
  actor: Actor;
}

export const MFA_SSO_SIGN_IN_AGAIN =
  "This workspace requires two-factor authentication, and your identity provider did not report a second factor for this sign-in.";
export const SSO_REQUIRED =
  "This workspace requires single sign-on. Sign out, then sign in with your identity provider.";
export const MFA_SETUP_NEEDED =
  "This workspace requires two-factor authentication. Set it up in your account first.";
export const MFA_SIGN_IN_AGAIN =
  "This workspace requires two-factor authentication, and this session was opened with the password only. Sign out and sign in again with your code.";

/**
 * In a workspace that requires MFA: the user must be enrolled, and a browser session must
 * itself have been opened with the second factor (its `amr` has "otp"). API tokens cannot
 * carry a second factor: a token works while its user stays enrolled (documented).
 */
function requireMfaFor(actor: Actor) {
  // A single sign-on session's second factor is the provider's to check: its `amr` says so.
  if (actor.ssoProvider) {
    if (!actor.amr?.some((m) => STRONG_AMR.includes(m)))
      throw new AppError("forbidden", MFA_SSO_SIGN_IN_AGAIN, [], { reason: "mfa_sign_in_required" });
    return;
  }
  if (!actor.mfaEnrolled)
    throw new AppError("forbidden", MFA_SETUP_NEEDED, [], { reason: "mfa_setup_required" });
  if (actor.via === "session" && !actor.amr?.includes("otp"))
    throw new AppError("forbidden", MFA_SIGN_IN_AGAIN, [], { reason: "mfa_sign_in_required" });
}

/**
 * The one gate every workspace-scoped service call passes. Not a member (or another
 * workspace's token) → 404, so workspace ids and slugs cannot be probed; a member without
 * the permission, or a token without the scope → 403.
 */
export async function authorize(
  actor: Actor | null,
  workspaceSlug: string,
  action: Action,
  memberships?: TokenMembership[],
): Promise<Authorised> {
  if (!actor) throw new AppError("unauthorized", "Sign in first.");
  if (typeof workspaceSlug !== "string" || !/^[a-z0-9-]{1,60}$/.test(workspaceSlug))
    throw notFound("Workspace");
  // A token's membership was read with the token in this request: no second query for it.
  // `memberships`: the caller already read the actor's (the workspace layout lists them too).
  const preloaded = actor.token?.membership;
  const membership =
    preloaded && preloaded.workspace.slug === workspaceSlug
      ? preloaded
      : (memberships ?? (await membershipsOf(actor.userId))).find((m) => m.workspace.slug === workspaceSlug);
  if (!membership) throw notFound("Workspace");
  const { workspace, role } = membership;
  if (actor.token) {
    if (actor.token.workspaceId !== workspace.id) throw notFound("Workspace");
    const scope = READ_ACTIONS.has(action) ? "read" : "write";
    if (!actor.token.scopes.includes(scope))
      throw new AppError("forbidden", `This token lacks the "${scope}" scope.`);
  }
  if (workspace.requireMfa && actor.via !== "cli") requireMfaFor(actor);
  // API tokens keep working in a workspace that requires SSO (its security page lists them).
  if (workspace.requireSso && actor.via === "session" && !actor.ssoProvider)
    throw new AppError("forbidden", SSO_REQUIRED, [], { reason: "sso_required" });
  if (!can(role, action)) throw new AppError("forbidden", `Your role (${role}) does not allow this.`);
  return { workspace, role, actor };
}
