"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "../ui/button";

/**
 * "Sign in with <provider>" for each configured OpenID Provider. next-auth's client posts the
 * sign-in (with its CSRF token) and follows the redirect to the provider.
 */
export function SsoButtons({
  providers,
  callbackUrl,
}: {
  providers: { id: string; name: string }[];
  callbackUrl: string;
}) {
  const [pending, setPending] = useState<string | null>(null);
  if (!providers.length) return null;
  return (
    <div className="mt-4 flex flex-col gap-2 border-t border-border pt-4">
      {providers.map((p) => (
        <Button
          key={p.id}
          type="button"
          variant="secondary"
          disabled={pending !== null}
          onClick={() => {
            setPending(p.id);
            void signIn(p.id, { callbackUrl });
          }}
        >
          {pending === p.id ? `Opening ${p.name}…` : `Sign in with ${p.name}`}
        </Button>
      ))}
    </div>
  );
}
