"use client";

import { usePathname } from "next/navigation";
import { IntentLink } from "../ui/intent-link";

const LINKS = [
  // On a phone the logo links home; the Overview link would crowd the header.
  { href: "/", label: "Overview", match: (p: string) => p === "/", wide: true },
  { href: "/catalogues", label: "Catalogues", match: (p: string) => p.startsWith("/catalogues") },
  { href: "/w", label: "Workspaces", match: (p: string) => p.startsWith("/w"), signedIn: true },
];

export function NavLinks({ signedIn }: { signedIn: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex items-center gap-1 text-sm">
      {LINKS.filter((l) => !l.signedIn || signedIn).map((l) => {
        const active = l.match(pathname);
        return (
          <IntentLink
            key={l.href}
            href={l.href}
            aria-current={active ? "page" : undefined}
            className={`rounded-md px-2 py-1.5 hover:bg-surface-2 hover:no-underline sm:px-2.5 ${"wide" in l ? "hidden sm:inline-block" : ""} ${active ? "bg-surface-2 font-medium text-fg" : "text-muted"}`}
          >
            {l.label}
          </IntentLink>
        );
      })}
    </nav>
  );
}
