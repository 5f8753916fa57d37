import "server-only";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors/app-error";
import { previewInvitation } from "./invitations";

/** What the invitee can do from here: switch accounts, sign in to accept, or accept (creating an account if new). */
export type InvitationAccess =
  | { kind: "wrong-account"; signedInAs: string }
  | { kind: "sign-in"; href: string }
  | { kind: "accept"; newAccount: boolean };

/**
 * An invitation is accepted by the account with its email: someone signed in as another
 * account must sign out first (acceptInvitation refuses them); someone who has an account but
 * is signed out signs in and comes back here; anyone else accepts, new people with a password.
 */
export function invitationAccess(
  invitation: { email: string; hasAccount: boolean },
  actor: { email: string } | null,
  token: string,
): InvitationAccess {
  if (actor && actor.email !== invitation.email) return { kind: "wrong-account", signedInAs: actor.email };
  if (!actor && invitation.hasAccount) {
    const back = `/invite/${token}`;
    const href = `/sign-in?email=${encodeURIComponent(invitation.email)}&callbackUrl=${encodeURIComponent(back)}`;
    return { kind: "sign-in", href };
  }
  return { kind: "accept", newAccount: !actor };
}

/** The invitation page: why the link is not valid, or whose invitation it is and what the visitor can do. */
export async function invitationPage(actor: Actor | null, token: string) {
  try {
    const invitation = await previewInvitation(token);
    return {
      valid: true as const,
      workspaceName: invitation.workspace.name,
      email: invitation.email,
      role: invitation.role,
      access: invitationAccess(invitation, actor, token),
    };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    // "gone" explains itself (used, revoked, expired); anything else means a mangled link.
    const message = err.code === "gone" ? err.message : "This link is malformed. Copy it again.";
    return { valid: false as const, message };
  }
}
