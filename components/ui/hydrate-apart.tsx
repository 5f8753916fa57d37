import { Suspense, type ReactNode } from "react";

/**
 * Hydrates its children in a pass of their own, after the rest of the page. Server HTML inside
 * a Suspense boundary is left as it is while React hydrates what is around it, then each
 * boundary is hydrated and committed separately, so a large page's hydration becomes several
 * short tasks instead of one long one that blocks a phone's main thread (total blocking time).
 * Nothing here suspends, so the fallback is never shown; a click inside before its turn makes
 * React hydrate that boundary first and then replay the click.
 */
export function HydrateApart({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}
