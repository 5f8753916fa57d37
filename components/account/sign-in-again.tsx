"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "../ui/button";

/**
 * For a session opened with the password only, in front of a workspace that requires MFA:
 * sign out (the row is revoked by next-auth's sign-out event) and come back with the code.
 */
export function SignInAgain() {
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ callbackUrl: "/sign-in?callbackUrl=%2Fw" });
      }}
    >
      {pending ? "Signing out…" : "Sign out and sign in with your code"}
    </Button>
  );
}
