"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

export type SignOutAction = () => Promise<{ logoutUrl: string | null }>;

/**
 * Signing out from a button: the server action revokes this session's row; a single sign-on
 * session then also ends at the provider (RP-initiated logout), which sends the browser back to
 * /sign-in. next-auth only redirects within this site, hence the provider's page by hand.
 */
export function useSignOut(action: SignOutAction, callbackUrl = "/sign-in") {
  const [pending, setPending] = useState(false);
  async function leave() {
    setPending(true);
    const { logoutUrl } = await action().catch(() => ({ logoutUrl: null }));
    if (!logoutUrl) return signOut({ callbackUrl });
    await signOut({ redirect: false });
    window.location.assign(logoutUrl);
  }
  return { pending, leave };
}
