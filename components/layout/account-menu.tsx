"use client";

import { LogOut, UserRound } from "lucide-react";
import { signOut } from "next-auth/react";
import Link from "next/link";
import { useState } from "react";

export function AccountMenu({ email, signOutAction }: { email: string; signOutAction: () => Promise<void> }) {
  const [pending, setPending] = useState(false);
  async function leave() {
    setPending(true);
    await signOutAction().catch(() => {});
    await signOut({ callbackUrl: "/sign-in" });
  }
  return (
    <div className="flex items-center gap-1">
      <Link
        href="/account"
        className="inline-flex h-9 items-center gap-1.5 rounded-md px-2 text-sm text-muted hover:bg-surface-2 hover:text-fg hover:no-underline"
        title={email}
      >
        <UserRound aria-hidden className="h-4 w-4" />
        <span className="hidden max-w-40 truncate md:inline">{email}</span>
        <span className="sr-only md:hidden">Account</span>
      </Link>
      <button
        type="button"
        onClick={leave}
        disabled={pending}
        className="inline-flex h-9 items-center gap-1.5 rounded-md px-2 text-sm text-muted hover:bg-surface-2 hover:text-fg"
        aria-label="Sign out"
      >
        <LogOut aria-hidden className="h-4 w-4" />
        <span className="hidden lg:inline">{pending ? "Signing out…" : "Sign out"}</span>
      </button>
    </div>
  );
}
