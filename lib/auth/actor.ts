import { AppError } from "../errors/app-error";

import type { Role } from "../generated/prisma/enums";

export interface TokenMembership {
  role: Role;
  workspace: { id: string; slug: string; name: string; requireMfa: boolean; requireSso: boolean };
}

/** Who is calling a service, and through which door (least privilege per interface). */
export interface Actor {
  userId: string;
  email: string;
  via: "session" | "token" | "cli";
  sessionId?: string;
  /**
   * Present when the call came with a personal API token: bound to one workspace. The
   * membership was read with the token in the same request, so `authorize` reuses it.
   */
  token?: { id: string; workspaceId: string; scopes: string[]; membership?: TokenMembership | null };
  mfaEnrolled: boolean;
  /**
   * How a session was authenticated ("pwd", plus "otp" when a second factor was given).
   * A workspace that requires MFA refuses a session without "otp", even if the user enrolled
   * later: enrolling afterwards does not vouch for a session opened with the password alone.
   */
  amr?: string[];
  /** For a single sign-on session: the provider it came through (OIDC_PROVIDERS id). */
  ssoProvider?: string | null;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Account-level actions (password, MFA, sessions, new workspaces) belong to a signed-in
 * browser: API tokens are refused, so a leaked token cannot take over the account.
 */
export function requireSessionActor(actor: Actor | null): Actor {
  if (!actor || actor.via === "token") throw new AppError("unauthorized", "Sign in first.");
  return actor;
}

/** Request metadata for anonymous calls (sign-in, setup, invitations) and audit rows. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}
