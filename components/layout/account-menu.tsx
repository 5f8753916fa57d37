"use client";

import { LogOut, UserRound } from "lucide-react";
import { signOut } from "next-auth/react";
import Link from "next/link";
import { useState } from "react";
import { Button, buttonVariants } from "../ui/button";
import { cn } from "../ui/cn";

export function AccountMenu({
  email,
  signOutAction,
}: {
  email: string;
  signOutAction: () => Promise<{ logoutUrl: string | null }>;
}) {
  const [pending, setPending] = useState(false);
  async function leave() {
    setPending(true);
    const { logoutUrl } = await signOutAction().catch(() => ({ logoutUrl: null }));
    if (!logoutUrl) return signOut({ callbackUrl: "/sign-in" });
    // A single sign-on session also ends at the provider (RP-initiated logout), which sends
    // the browser back to /sign-in. next-auth only redirects within this site, hence by hand.
    await signOut({ redirect: false });
    window.location.assign(logoutUrl);
  }
  return (
    <div className="flex items-center gap-1">
      <Link href="/account" className={cn(buttonVariants({ variant: "ghost" }), "px-2")} title={email}>
        <UserRound aria-hidden className="h-4 w-4" />
        <span className="hidden max-w-40 truncate md:inline">{email}</span>
        <span className="sr-only md:hidden">Account</span>
      </Link>
      <Button
        type="button"
        onClick={leave}
        disabled={pending}
        variant="ghost"
        className="px-2"
        aria-label="Sign out"
      >
        <LogOut aria-hidden className="h-4 w-4" />
        <span className="hidden lg:inline">{pending ? "Signing out…" : "Sign out"}</span>
      </Button>
    </div>
  );
}
