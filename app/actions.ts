"use server";

import { currentActor } from "@/lib/auth/current";
import { signOut } from "@/lib/services/accounts/sessions";
import { ssoLogoutUrl } from "@/lib/services/sso/logout";

/**
 * Revokes this browser's session row; the client then clears the cookie through next-auth and,
 * for a single sign-on session, goes on to the provider's end-session page (`logoutUrl`).
 */
export async function signOutAction(): Promise<{ logoutUrl: string | null }> {
  const actor = await currentActor();
  if (!actor) return { logoutUrl: null };
  const logoutUrl = await ssoLogoutUrl(actor);
  await signOut(actor);
  return { logoutUrl };
}
