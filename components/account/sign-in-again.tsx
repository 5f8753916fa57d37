"use client";

import { useSignOut, type SignOutAction } from "../auth/use-sign-out";
import { Button } from "../ui/button";

/**
 * For a session a workspace will not accept as it is (opened without a second factor, or with
 * the password where single sign-on is required): sign out — at the provider too, for a single
 * sign-on session — and come back to the sign-in page, which offers both ways in.
 */
export function SignInAgain({ label, action }: { label: string; action: SignOutAction }) {
  const { pending, leave } = useSignOut(action, "/sign-in?callbackUrl=%2Fw");
  return (
    <Button type="button" disabled={pending} onClick={leave}>
      {pending ? "Signing out…" : label}
    </Button>
  );
}
