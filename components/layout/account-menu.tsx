"use client";

import { LogOut, UserRound } from "lucide-react";
import { useSignOut, type SignOutAction } from "../auth/use-sign-out";
import { Button, buttonVariants } from "../ui/button";
import { cn } from "../ui/cn";
import { IntentLink } from "../ui/intent-link";

export function AccountMenu({ email, signOutAction }: { email: string; signOutAction: SignOutAction }) {
  const { pending, leave } = useSignOut(signOutAction);
  return (
    <div className="flex items-center gap-1">
      <IntentLink href="/account" className={cn(buttonVariants({ variant: "ghost" }), "px-2")} title={email}>
        <UserRound aria-hidden className="h-4 w-4" />
        <span className="hidden max-w-40 truncate md:inline">{email}</span>
        <span className="sr-only md:hidden">Account</span>
      </IntentLink>
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
