"use client";

import { useState } from "react";

export type SignOutAction = () => Promise<{ logoutUrl: string | null }>;

/**
 * Signing out from a button: the server action revokes this session's row and clears its
 * cookie; a single sign-on session then also ends at the provider (RP-initiated logout), which
 * sends the browser back to /sign-in. Should the action fail, next-auth's own sign-out page
 * does the same without script.
 */
export function useSignOut(action: SignOutAction, callbackUrl = "/sign-in") {
  const [pending, setPending] = useState(false);
  async function leave() {
    setPending(true);
    const result = await action().catch(() => null);
    window.location.assign(result ? (result.logoutUrl ?? callbackUrl) : "/api/auth/signout");
  }
  return { pending, leave };
}
