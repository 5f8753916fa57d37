"use client";

import { usePathname } from "next/navigation";
import { serializeViewState, type ViewState } from "@/lib/compare/view-state";
import { cn } from "../ui/cn";
import { useViewState } from "./use-view-state";
import { IntentLink } from "../ui/intent-link";

/** The address of this page with the view changed by `patch` (the rest of the view kept). */
export function useViewHref() {
  const [view] = useViewState();
  const pathname = usePathname();
  return (patch: Partial<ViewState>) => {
    const q = serializeViewState({ ...view, ...patch });
    return q ? `${pathname}?${q}` : pathname;
  };
}

const tab = "-mb-px inline-flex h-9 items-center border-b-2 px-3 text-sm hover:no-underline";

/**
 * Scores or Regulations. Links, not script-driven tabs: the Regulations tab is computed on the
 * server (one more query, only when it is shown), and a link keeps each tab addressable,
 * focusable and opened with Enter, in a new tab too. The rest of the view rides along.
 */
export function CompareTabs() {
  const [view] = useViewState();
  const href = useViewHref();
  const tabs = [
    { label: "Scores", href: href({ crosswalk: null }), current: view.crosswalk === null },
    {
      label: "Regulations",
      href: href({ crosswalk: view.crosswalk ?? "" }),
      current: view.crosswalk !== null,
    },
  ];
  return (
    <nav aria-label="Comparison views" className="border-b border-border">
      <ul className="flex gap-1">
        {tabs.map((t) => (
          <li key={t.label}>
            <IntentLink
              href={t.href}
              scroll={false}
              aria-current={t.current ? "page" : undefined}
              className={cn(
                tab,
                t.current
                  ? "border-accent font-medium text-fg"
                  : "border-transparent text-muted hover:border-border hover:text-fg",
              )}
            >
              {t.label}
            </IntentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
