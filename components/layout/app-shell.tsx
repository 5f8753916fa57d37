import { ShieldCheck } from "lucide-react";
import type { ReactNode } from "react";
import { signOutAction } from "@/app/actions";
import { currentActor } from "@/lib/auth/current";
import { AccountMenu } from "./account-menu";
import { NavLinks } from "./nav-links";
import type { Theme } from "./theme";
import { ThemeToggle } from "./theme-toggle";
import { buttonVariants } from "../ui/button";
import { cn } from "../ui/cn";
import { IntentLink } from "../ui/intent-link";

export async function AppShell({ theme, children }: { theme: Theme; children: ReactNode }) {
  const actor = await currentActor().catch(() => null); // a database outage must not take down public pages
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-border bg-surface/95 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-3 sm:gap-4 sm:px-4">
          <IntentLink href="/" className="flex items-center gap-2 font-semibold text-fg hover:no-underline">
            <ShieldCheck aria-hidden className="h-5 w-5 text-accent" />
            <span className="hidden sm:inline">IoT Framework Security Scorecard</span>
            <span className="sr-only sm:hidden">Scorecard</span>
          </IntentLink>
          <NavLinks signedIn={!!actor} />
          <div className="ml-auto flex items-center gap-1">
            {actor ? (
              <AccountMenu email={actor.email} signOutAction={signOutAction} />
            ) : (
              <IntentLink
                href="/sign-in"
                className={cn(buttonVariants({ variant: "ghost", size: "sm" }), "px-2.5")}
              >
                Sign in
              </IntentLink>
            )}
            <ThemeToggle initial={theme} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
      <footer className="border-t border-border py-4 text-center text-xs text-muted">
        IoT Framework Security Scorecard v{process.env.SCORECARD_VERSION} · criteria from OWASP, “IoT
        Framework Security Considerations” (2016), CC BY-SA
      </footer>
    </div>
  );
}
